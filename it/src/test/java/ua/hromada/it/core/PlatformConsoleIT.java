package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditFilter;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.RoleGrant;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.it.support.InContainer;

/**
 * The platform console's beans: the audit of every community, filtered and paged by keyset; the
 * national moderators, found by name, granted and revoked by platform administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformConsoleIT {
    private static final Actor SYSTEM = Actor.system("platform-console-it");
    private static final Actor NATIONAL = new Actor("national", Set.of(Role.NATIONAL_MODERATOR), Map.of(), null, SignInStrength.STRONG);
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.PLATFORM_ADMIN), Map.of(), null, SignInStrength.STRONG);

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("platform-console-it", PlatformConsoleIT.class);
    }

    private AuditTrail audit;
    private People people;
    private RoleGrants grants;

    @BeforeEach
    void beans() {
        audit = InContainer.bean(AuditTrail.class);
        people = InContainer.bean(People.class);
        grants = InContainer.bean(RoleGrants.class);
    }

    private Person person(String name) {
        String id = UUID.randomUUID().toString();
        return people.signIn(id, name, "idgov", "sub-" + id);
    }

    private static List<Long> communities(Page<AuditEntry> page) {
        return page.items().stream().map(AuditEntry::communityId).toList();
    }

    @Test
    void platformAuditFiltersByCommunityActionActorAndPeriodAndPagesByKeyset() {
        Instant start = Instant.now().minusSeconds(1);
        String job = "platform-audit-" + UUID.randomUUID().toString().substring(0, 8);
        String actor = "system:" + job;
        Community a = InContainer.newCommunity(Actor.system(job), "audit-a", "Громада А");
        Community b = InContainer.newCommunity(Actor.system(job), "audit-b", "Громада Б");
        Community c = InContainer.newCommunity(Actor.system(job), "audit-c", "Громада В");

        Page<AuditEntry> first = Acting.as(NATIONAL, () -> audit.platformWide(null,
                new AuditFilter("community.create", actor, null, null), null, 2));
        assertEquals(List.of(c.id(), b.id()), communities(first));
        Page<AuditEntry> rest = Acting.as(NATIONAL, () -> audit.platformWide(null,
                new AuditFilter("community.create", actor, null, null), first.nextCursor(), 2));
        assertEquals(List.of(a.id()), communities(rest));
        assertNull(rest.nextCursor());

        assertEquals(List.of(b.id()), communities(Acting.as(NATIONAL,
                () -> audit.platformWide(b.id(), new AuditFilter(null, actor, start, null), null, 10))));
        assertTrue(Acting.as(NATIONAL, () -> audit.platformWide(null, new AuditFilter(null, actor, null, start), null, 10))
                .items().isEmpty(), "nothing before the period");
        assertEquals(3, Acting.as(NATIONAL, () -> audit.platformWide(null,
                new AuditFilter(null, actor, start, Instant.now().plus(Duration.ofMinutes(1))), null, 10)).items().size());

        assertThrows(InvalidInputException.class, () -> new AuditFilter(null, null, start, start));
        assertThrows(InvalidInputException.class, () -> new AuditFilter("x".repeat(65), null, null, null));
        Actor moderatorOfA = new Actor("moderator", Set.of(), Map.of(a.id(), Set.of(Role.LOCAL_MODERATOR)), null, SignInStrength.STRONG);
        assertThrows(ForbiddenException.class, () -> Acting.as(moderatorOfA, () -> audit.platformWide(a.id(), AuditFilter.ANY,
                null, 10)), "a community's moderator reads its log on its console, not the platform's");
        assertEquals(1, Acting.as(moderatorOfA, () -> audit.ofCommunity(a.id(), AuditFilter.ofAction("community.create"),
                null, 10)).items().size());
    }

    @Test
    void anObjectsHistoryIsReadOnlyByThoseWhoReadItsAuditOnAConsole() {
        Community a = InContainer.newCommunity(SYSTEM, "history-a", "Громада А");
        Community b = InContainer.newCommunity(SYSTEM, "history-b", "Громада Б");
        Actor residentOfA = new Actor("resident", Set.of(), Map.of(a.id(), Set.of(Role.RESIDENT)), person("Мешканка").id());
        Actor moderatorOfA = new Actor("moderator-a", Set.of(), Map.of(a.id(), Set.of(Role.LOCAL_MODERATOR)), null, SignInStrength.STRONG);
        Actor moderatorOfB = new Actor("moderator-b", Set.of(), Map.of(b.id(), Set.of(Role.LOCAL_MODERATOR)), null, SignInStrength.STRONG);

        assertThrows(ForbiddenException.class, () -> audit.of("community", a.id()), "anonymous");
        assertThrows(ForbiddenException.class, () -> Acting.as(residentOfA, () -> audit.of("community", a.id())));
        assertThrows(ForbiddenException.class, () -> Acting.as(moderatorOfB, () -> audit.of("community", a.id())),
                "another community's moderator");
        assertTrue(Acting.as(moderatorOfA, () -> audit.of("community", a.id())).stream()
                .anyMatch(e -> e.action().equals("community.create")));
        assertFalse(Acting.as(ADMIN, () -> audit.of("community", a.id())).isEmpty());

        // a platform-wide grant is audited without a community: the platform console's readers only
        RoleGrant grant = Acting.as(ADMIN, () -> grants.grant(person("Національна").id(), null, Role.NATIONAL_MODERATOR, null));
        assertThrows(ForbiddenException.class, () -> Acting.as(moderatorOfA, () -> audit.of("role_grant", grant.id())));
        assertEquals(List.of("role.grant"), Acting.as(NATIONAL, () -> audit.of("role_grant", grant.id())).stream()
                .map(AuditEntry::action).toList());
    }

    @Test
    void platformAdministratorGrantsAndRevokesNationalModeratorsFoundByName() {
        String surname = "Кравчук" + UUID.randomUUID().toString().substring(0, 6);
        Person candidate = person("Ганна " + surname);
        person("Петро " + surname + "о");

        assertEquals(List.of("Ганна " + surname, "Петро " + surname + "о"), Acting.as(ADMIN,
                () -> people.named(surname.toLowerCase())).stream().map(Person::fullName).toList());
        assertThrows(InvalidInputException.class, () -> Acting.as(ADMIN, () -> people.named("Кр")));
        assertTrue(Acting.as(ADMIN, () -> people.named("%%%")).isEmpty(), "wildcards are text");
        assertThrows(ForbiddenException.class, () -> people.named(surname), "anonymous");

        assertThrows(ForbiddenException.class, () -> Acting.as(NATIONAL, () -> grants.grant(candidate.id(), null,
                Role.NATIONAL_MODERATOR, null)), "nobody grants their own role but the administrator");
        Instant until = Instant.now().plus(Duration.ofDays(30));
        RoleGrant grant = Acting.as(ADMIN, () -> grants.grant(candidate.id(), null, Role.NATIONAL_MODERATOR, until));
        RoleGrants.Holder holder = Acting.as(NATIONAL, () -> grants.platformHolders(Role.NATIONAL_MODERATOR)).stream()
                .filter(h -> h.grantId() == grant.id()).findFirst().orElseThrow();
        assertEquals("Ганна " + surname, holder.fullName());
        assertTrue(holder.since() != null && Duration.between(holder.until(), until).abs().getSeconds() < 1);
        assertTrue(people.actorOf(candidate.id()).platformRoles().contains(Role.NATIONAL_MODERATOR));
        assertThrows(ForbiddenException.class, () -> grants.platformHolders(Role.NATIONAL_MODERATOR));
        assertThrows(InvalidInputException.class, () -> Acting.as(NATIONAL, () -> grants.platformHolders(Role.DEPUTY)));

        assertThrows(ForbiddenException.class, () -> Acting.as(NATIONAL, () -> grants.revoke(grant.id())));
        Acting.as(ADMIN, () -> grants.revoke(grant.id()));
        assertFalse(people.actorOf(candidate.id()).platformRoles().contains(Role.NATIONAL_MODERATOR));
        assertEquals(List.of("role.grant", "role.revoke"), InContainer.auditOf("role_grant", grant.id()).stream()
                .map(AuditEntry::action).toList());
        assertTrue(Acting.as(SYSTEM, () -> grants.platformHolders(Role.NATIONAL_MODERATOR)).stream()
                .noneMatch(h -> h.grantId() == grant.id()));
    }

    @Test
    void theCommunityListFindsByNameOrAddressNewestFirstSuspendedIncludedAndPages() {
        String tag = "pick" + UUID.randomUUID().toString().substring(0, 6);
        Community first = InContainer.newCommunity(SYSTEM, tag, "Перша " + tag);
        Community second = InContainer.newCommunity(SYSTEM, tag, "Друга " + tag);
        Community third = InContainer.newCommunity(SYSTEM, tag, "Третя " + tag);
        CommunityDirectory directory = InContainer.bean(CommunityDirectory.class);
        Acting.as(SYSTEM, () -> directory.setActive(second.id(), false));

        Page<Community> page = Acting.as(NATIONAL, () -> directory.all(tag.toUpperCase(), null, 2));
        assertEquals(List.of(third.id(), second.id()), page.items().stream().map(Community::id).toList(),
                "newest first, the suspended one included, the filter case-blind");
        String next = page.nextCursor();
        Page<Community> rest = Acting.as(NATIONAL, () -> directory.all(tag, next, 2));
        assertEquals(List.of(first.id()), rest.items().stream().map(Community::id).toList());
        assertNull(rest.nextCursor());
        assertEquals(List.of(first.id()), Acting.as(ADMIN, () -> directory.all(first.slug(), null, 10)).items().stream()
                .map(Community::id).toList(), "by address");
        assertThrows(InvalidInputException.class, () -> Acting.as(NATIONAL, () -> directory.all("x".repeat(101), null, 10)));
        Actor local = new Actor("local", Set.of(), Map.of(first.id(), Set.of(Role.LOCAL_MODERATOR)), null, SignInStrength.STRONG);
        assertThrows(ForbiddenException.class, () -> Acting.as(local, () -> directory.all(tag, null, 10)));
    }
}
