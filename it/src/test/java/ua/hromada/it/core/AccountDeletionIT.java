package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.AccessRequest;
import ua.hromada.core.identity.AccessRequests;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.core.identity.PersonMerge;
import ua.hromada.core.identity.ProviderClaims;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.RoleGrant;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.petitions.PetitionWorld;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.Eligibility;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.Signature;
import ua.hromada.petitions.Signing;

/**
 * A person deletes their account: in one transaction tokens stop working, roles end, residency,
 * notices, pending requests and unpublished petitions go, while signatures and published petitions
 * stay public with the name. With such public records the key stays, so the same identity signing
 * in again reopens the same person and cannot sign twice; without them it is a new person.
 */
@ExtendWith(ArquillianExtension.class)
class AccountDeletionIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("account-deletion-it", AccountDeletionIT.class, PetitionWorld.class);
    }

    private static PetitionWorld world;
    private AccountDeletion deletion;
    private ApiTokens tokens;
    private PetitionReading reading;
    private Signing signing;

    @BeforeEach
    void world() {
        deletion = InContainer.bean(AccountDeletion.class);
        tokens = InContainer.bean(ApiTokens.class);
        reading = InContainer.bean(PetitionReading.class);
        signing = InContainer.bean(Signing.class);
        if (world == null) {
            world = new PetitionWorld("deletion", Map.of(PetitionRules.SIGNERS, Eligibility.SIGNED_IN.name(),
                    PetitionRules.AUTHORS, Eligibility.SIGNED_IN.name(), PetitionRules.TEXT_MIN, "50"));
        }
    }

    /** A strong sign-in of this identifier, as the provider's callback makes it. */
    private long signIn(String identifier, String name) {
        return world.people.signIn(identifier, name, "idgov", "sub-" + identifier).id();
    }

    /** The person as they were before the deletion closed them: what a stale session would still hold. */
    private static Actor stale(long person) {
        return new Actor("person:" + person, Set.of(), Map.of(), person);
    }

    private static String phone() {
        return "phone:+38067" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A phone person (of {@code phone}) links to this identity from their cabinet (see AccountMergeIT). */
    private long linkedPhone(String phone, String identifier, String name) {
        long phonePerson = world.people.findOrRegister(phone, name + " з телефону").id();
        Acting.as(world.people.actorOf(phonePerson, SignInStrength.BASIC), () -> InContainer.bean(PersonMerge.class)
                .link(new ProviderClaims(identifier, name, "idgov", "sub-" + identifier, null, null, null)));
        return phonePerson;
    }

    private String token(long person) {
        return Acting.as(world.actor(person), () -> tokens.issue(world.community, TokenScope.SIGN, "термінал",
                Instant.now().plus(Duration.ofDays(30))).secret());
    }

    private static int meWith(String secret) {
        return Http.getWithToken(InContainer.baseUrl(), "/api/v1/me", secret).statusCode();
    }

    /** Whether the community's moderators see the person (by name) among those holding a role there now. */
    private boolean holdsRoleHere(String name) {
        return Acting.as(PetitionWorld.ADMIN, () -> InContainer.bean(RoleGrants.class).holdersIn(world.community)).stream()
                .anyMatch(h -> h.fullName().equals(name));
    }

    private AuditEntry deletionEntry(long person) {
        List<AuditEntry> entries = InContainer.auditOf("person", person).stream()
                .filter(e -> e.action().equals("person.delete")).toList();
        assertEquals(1, entries.size(), "one deletion entry");
        return entries.get(0);
    }

    private static void assertSays(AuditEntry entry, String... parts) {
        for (String part : parts) {
            assertTrue(entry.summary().contains(part), entry.summary() + " says " + part);
        }
    }

    @Test
    void publicRecordsStayWithTheNameAndTheSameIdentityReopensTheSamePerson() {
        long moderator = world.person("Модератор Видалень", Role.LOCAL_MODERATOR);
        String identifier = UUID.randomUUID().toString();
        String name = "Ярина Видаляє-" + identifier.substring(0, 6);
        long person = signIn(identifier, name);
        String phone = phone();
        linkedPhone(phone, identifier, name);
        RoleGrant grant = Acting.as(PetitionWorld.ADMIN, () -> world.grants.grant(person, world.community, Role.DEPUTY, null));
        Acting.as(world.actor(person), () -> InContainer.bean(Residencies.class).declare(world.community));
        String secret = token(person);
        AccessRequests requests = InContainer.bean(AccessRequests.class);
        AccessRequest decided = Acting.as(world.actor(person), () -> requests.submit(world.community, Role.SECRETARIAT_OFFICER,
                "Секретар", "Виконком", "yaryna@rada.example", "+380441234567", "Веду звернення громадян.", null));
        Acting.as(PetitionWorld.ADMIN, () -> requests.decide(decided.id(), false, "Посада вже зайнята"));
        Acting.as(world.actor(person), () -> requests.submit(world.community, Role.SCHOOL_MODERATOR,
                "Директорка", "Школа №3", "yaryna@school.example", "+380441234568", "Веду шкільні петиції.", null));

        long draft = world.as(person, () -> world.petitions.create("Моя чернетка", PetitionWorld.TEXT, PetitionCategory.TRANSPORT).id());
        long submitted = world.as(person, () -> world.petitions.create("Чекає на модерацію", PetitionWorld.TEXT,
                PetitionCategory.TRANSPORT).id());
        world.as(person, () -> world.petitions.submit(submitted));
        long published = world.published(person, moderator, "Оприлюднена петиція Ярини");
        long others = world.published(moderator, moderator, "Петиція модератора");
        world.as(person, () -> signing.sign(others));
        assertFalse(Acting.as(stale(person), () -> InContainer.bean(Notices.class).mine(20)).isEmpty(), "notices to drop");
        assertEquals(200, meWith(secret));
        assertTrue(holdsRoleHere(name));

        Acting.as(world.actor(person), () -> deletion.delete("ВИДАЛИТИ"));

        assertEquals(401, meWith(secret), "the token no longer works");
        assertEquals(Actor.ANONYMOUS, world.people.actorOf(person), "a session still holding the person acts as nobody");
        assertFalse(holdsRoleHere(name), "the grant ended");
        assertTrue(InContainer.auditOf("role_grant", grant.id()).stream()
                .anyMatch(e -> e.action().equals("role.revoke") && e.summary().contains("deleted their account")),
                "the community's audit shows the role end");
        assertTrue(Acting.as(stale(person), () -> InContainer.bean(Residencies.class).mine()).isEmpty(), "residency gone");
        assertTrue(Acting.as(stale(person), () -> InContainer.bean(Notices.class).mine(20)).isEmpty(), "notices gone");
        List<AccessRequest> left = Acting.as(stale(person), requests::mine);
        assertEquals(List.of(decided.id()), left.stream().map(AccessRequest::id).toList(), "the pending request is withdrawn");
        assertEquals(AccessRequest.Status.REJECTED, left.get(0).status(), "the decision stays on record");
        assertNull(left.get(0).workEmail());
        assertNull(left.get(0).workPhone());
        for (long gone : List.of(draft, submitted)) {
            assertThrows(NotFoundException.class, () -> world.in(PetitionWorld.ADMIN, () -> reading.find(gone)), "never public, deleted");
        }
        Petition stays = world.in(Actor.ANONYMOUS, () -> reading.view(published));
        assertEquals(name, stays.authorName(), "the published petition keeps its author's name");
        List<Signature> signatories = world.in(Actor.ANONYMOUS, () -> reading.signatories(others, null, 100).items());
        assertTrue(signatories.stream().anyMatch(s -> s.personId() == person && s.fullName().equals(name)),
                "the signature stays public with the name");
        AuditEntry entry = deletionEntry(person);
        assertEquals("person:" + person, entry.actor());
        assertSays(entry, "key kept", "api tokens revoked 1", "role grants ended 1", "residencies dropped 1", "notices dropped",
                "pending access requests withdrawn 1", "access request contacts cleared 1", "unpublished petitions deleted 2",
                "signatures kept 2", "published petitions kept 1", "linked phone accounts closed 1");
        assertFalse(entry.summary().contains(name), "no personal data in the audit");
        assertThrows(ConflictException.class, () -> Acting.as(stale(person), () -> deletion.delete("ВИДАЛИТИ")),
                "a closed account is not deleted twice");

        assertEquals(person, signIn(identifier, "Ярина Повернулася"), "the same identity reopens the same person");
        assertTrue(world.people.actorOf(person).isSignedIn());
        ConflictException twice = assertThrows(ConflictException.class, () -> world.as(person, () -> signing.sign(others)));
        assertEquals("petition.sign.twice", twice.messageKey());
        assertTrue(InContainer.auditOf("person", person).stream().anyMatch(e -> e.action().equals("person.reopen")));
        assertEquals(person, world.people.findOrRegister(phone, "Ярина з телефону").id(), "the linked phone leads to the same person");
    }

    @Test
    void withoutPublicRecordsTheKeyIsReplacedAndTheSameIdentityIsANewPerson() {
        String identifier = UUID.randomUUID().toString();
        long person = signIn(identifier, "Остап Без Підписів");
        String phone = phone();
        long phonePerson = linkedPhone(phone, identifier, "Остап Без Підписів");
        long draft = world.as(person, () -> world.petitions.create("Лише чернетка", PetitionWorld.TEXT, PetitionCategory.OTHER).id());

        Acting.as(world.actor(person), () -> deletion.delete(" delete "));

        assertThrows(NotFoundException.class, () -> world.in(PetitionWorld.ADMIN, () -> reading.find(draft)));
        assertSays(deletionEntry(person), "key replaced", "unpublished petitions deleted 1", "linked phone accounts closed 1");
        long again = signIn(identifier, "Остап Без Підписів");
        assertNotEquals(person, again, "nothing public kept the key: a new person");
        long phoneAgain = world.people.findOrRegister(phone, "Остап з телефону").id();
        assertNotEquals(person, phoneAgain, "the linked phone no longer leads to the deleted person");
        assertNotEquals(phonePerson, phoneAgain);
    }

    @Test
    void aWrongWordChangesNothingAndOnlyTheSignedInPersonThemselfDeletes() {
        String identifier = UUID.randomUUID().toString();
        String name = "Марта Обережна-" + identifier.substring(0, 6);
        long person = signIn(identifier, name);
        Acting.as(PetitionWorld.ADMIN, () -> world.grants.grant(person, world.community, Role.DEPUTY, null));
        String secret = token(person);
        long tokenId = Acting.as(world.actor(person), () -> tokens.mine()).get(0).token().id();

        for (String word : new String[] {"ВИДАЛИ", "", null, "так"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> Acting.as(world.actor(person), () -> deletion.delete(word)));
            assertEquals("account.delete.confirmation", refused.messageKey());
        }
        for (Actor caller : List.of(Actor.ANONYMOUS, world.actor(person).through(new TokenAccess(tokenId, world.community, TokenScope.SIGN)),
                Actor.system("deletion-it"))) {
            HromadaException refused = assertThrows(ForbiddenException.class, () -> Acting.as(caller, () -> deletion.delete("DELETE")));
            assertEquals("account.delete.session-required", refused.messageKey());
        }

        assertEquals(200, meWith(secret), "the token still works");
        assertTrue(holdsRoleHere(name), "the role is still held");
        assertTrue(world.people.actorOf(person).isSignedIn());
        assertTrue(InContainer.auditOf("person", person).isEmpty(), "nothing audited");
        assertEquals(person, signIn(identifier, name));
    }
}
