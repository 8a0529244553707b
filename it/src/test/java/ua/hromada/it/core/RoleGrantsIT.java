package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrant;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.InContainer;

/** Role grants through the real beans: who may grant what where, and expiry by the sweeper. */
@ExtendWith(ArquillianExtension.class)
class RoleGrantsIT {
    private static final Actor ADMIN = Actor.system("role-grants-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("role-grants-it", RoleGrantsIT.class);
    }

    private People people;
    private RoleGrants grants;
    private long bucha;
    private long irpin;

    @BeforeEach
    void twoCommunities() {
        people = InContainer.bean(People.class);
        grants = InContainer.bean(RoleGrants.class);
        bucha = InContainer.newCommunity(ADMIN, "grants-a", "Громада А").id();
        irpin = InContainer.newCommunity(ADMIN, "grants-b", "Громада Б").id();
    }

    private long person(String name) {
        String id = UUID.randomUUID().toString();
        return people.signIn(id, name, "idgov", "sub-" + id).id();
    }

    @Test
    void localModeratorGrantsStaffInTheirCommunityOnly() {
        long moderator = person("Модератор");
        long deputy = person("Депутат");
        Acting.as(ADMIN, () -> grants.grant(moderator, bucha, Role.LOCAL_MODERATOR, null));
        Actor asModerator = people.actorOf(moderator);
        assertEquals(Set.of(Role.LOCAL_MODERATOR), asModerator.rolesIn(bucha));

        RoleGrant granted = Acting.as(asModerator, () -> grants.grant(deputy, bucha, Role.DEPUTY, null));
        assertNotNull(granted.id());
        assertTrue(people.actorOf(deputy).rolesIn(bucha).contains(Role.DEPUTY));
        assertThrows(ForbiddenException.class, () -> Acting.as(asModerator, () -> grants.grant(deputy, irpin, Role.DEPUTY, null)));
        assertThrows(ForbiddenException.class, () -> Acting.as(asModerator, () -> grants.grant(deputy, bucha, Role.LOCAL_MODERATOR, null)));
        assertThrows(ForbiddenException.class, () -> Acting.as(people.actorOf(deputy), () -> grants.grant(moderator, bucha, Role.DEPUTY, null)));
    }

    @Test
    void nobodyGrantsARoleToThemself() {
        long national = person("Національна Модераторка");
        Acting.as(ADMIN, () -> grants.grant(national, null, Role.NATIONAL_MODERATOR, null));
        Actor asNational = people.actorOf(national);
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> Acting.as(asNational, () -> grants.grant(national, bucha, Role.LOCAL_MODERATOR, null)));
        assertEquals("role.grant.self", refused.messageKey());
        assertFalse(people.actorOf(national).rolesIn(bucha).contains(Role.LOCAL_MODERATOR));
        long colleague = person("Колега");
        assertNotNull(Acting.as(asNational, () -> grants.grant(colleague, bucha, Role.LOCAL_MODERATOR, null)).id(),
                "another official is granted as before");
    }

    @Test
    void aGrantedModeratorMayPublishOnlyInTheirCommunity() {
        long moderator = person("Модераторка");
        Acting.as(ADMIN, () -> grants.grant(moderator, bucha, Role.LOCAL_MODERATOR, null));
        Actor asModerator = people.actorOf(moderator);
        AnnouncementService announcements = InContainer.bean(AnnouncementService.class);
        Acting.as(asModerator, () -> CurrentCommunity.callAs(bucha, () -> announcements.publish("Від модераторки", "Текст", null)));
        assertThrows(ForbiddenException.class, () -> Acting.as(asModerator,
                () -> CurrentCommunity.callAs(irpin, () -> announcements.publish("Чужа громада", "Текст", null))));
    }

    @Test
    void timeLimitedGrantIsRevokedByTheSweeperAtItsEnd() {
        long official = person("Тимчасовий секретар");
        Instant until = Instant.now().plus(Duration.ofDays(7));
        RoleGrant grant = Acting.as(ADMIN, () -> grants.grant(official, bucha, Role.SECRETARIAT_OFFICER, until));
        assertTrue(people.actorOf(official).rolesIn(bucha).contains(Role.SECRETARIAT_OFFICER));

        InContainer.bean(DeadlineProcessing.class).sweep(until.plusSeconds(60), 500);

        assertFalse(people.actorOf(official).rolesIn(bucha).contains(Role.SECRETARIAT_OFFICER));
        assertTrue(InContainer.auditOf("role_grant", grant.id()).stream()
                .anyMatch(e -> e.action().equals("role.expire")));
    }
}
