package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.PersonMerge;
import ua.hromada.core.identity.ProviderClaims;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.it.petitions.PetitionWorld;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.Eligibility;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.Signature;
import ua.hromada.petitions.Signing;

/**
 * Linking: an e-mail + phone person confirms their national identity and the strong person absorbs
 * them in one transaction — role grants, residency, signatures (the strong one kept where both
 * signed), authored petitions — audited; the phone then signs in to the strong person.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMergeIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("account-merge-it", AccountMergeIT.class, PetitionWorld.class);
    }

    private static PetitionWorld world;
    private PersonMerge merge;
    private Signing signing;
    private PetitionReading reading;

    @BeforeEach
    void world() {
        merge = InContainer.bean(PersonMerge.class);
        signing = InContainer.bean(Signing.class);
        reading = InContainer.bean(PetitionReading.class);
        if (world == null) {
            world = new PetitionWorld("merge", Map.of(PetitionRules.SIGNERS, Eligibility.SIGNED_IN.name(),
                    PetitionRules.AUTHORS, Eligibility.SIGNED_IN.name(), PetitionRules.TEXT_MIN, "50"));
            Acting.as(PetitionWorld.ADMIN, () -> InContainer.bean(CommunitySettings.class).change(world.community,
                    Set.of("petitions"), Map.of("petitions", SignInStrength.BASIC), CommunitySettings.DEFAULT_ZONE.getId()));
        }
    }

    private static String phone() {
        return "phone:+38067" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private Actor basic(long person) {
        return world.people.actorOf(person, SignInStrength.BASIC);
    }

    /** The signatures other than the author's (who may sign their own petition). */
    private List<Signature> signatories(long petition, long author) {
        return world.in(PetitionWorld.ADMIN, () -> reading.signatories(petition, null, 100).items()).stream()
                .filter(s -> s.personId() != author).toList();
    }

    @Test
    void theStrongPersonAbsorbsThePhonePersonKeepingTheStrongSignature() {
        long moderator = world.person("Модератор Злиття", Role.LOCAL_MODERATOR);
        String phone = phone();
        long phonePerson = world.people.findOrRegister(phone, "Олена з телефону").id();
        Acting.as(PetitionWorld.ADMIN, () -> world.grants.grant(phonePerson, world.community, Role.DEPUTY, null));
        Acting.as(basic(phonePerson), () -> InContainer.bean(Residencies.class).declare(world.community));
        String identifier = UUID.randomUUID().toString();
        long strong = world.people.signIn(identifier, "Олена Надійна", "idgov", "sub-" + identifier).id();

        long onlyPhone = world.published(moderator, moderator, "Лише телефоном");
        long both = world.published(moderator, moderator, "Підписано двічі");
        world.in(basic(phonePerson), () -> signing.sign(onlyPhone));
        world.in(basic(phonePerson), () -> signing.sign(both));
        world.as(strong, () -> signing.sign(both));
        long draft = world.in(basic(phonePerson), () -> world.petitions.create("Чернетка з телефону", PetitionWorld.TEXT,
                PetitionCategory.TRANSPORT).id());
        InContainer.bean(ua.hromada.petitions.PetitionTally.class).settle(-1, Instant.now());
        int before = world.in(PetitionWorld.ADMIN, () -> reading.find(both).signatureCount());

        long merged = Acting.as(basic(phonePerson), () -> merge.link(claims(identifier, "Олена Надійна")).id());

        assertEquals(strong, merged);
        assertTrue(world.people.actorOf(strong).rolesIn(world.community).containsAll(Set.of(Role.DEPUTY, Role.DECLARED_RESIDENT)),
                "the phone person's declared residency moved too, still declared");
        assertEquals(Actor.ANONYMOUS, world.people.actorOf(phonePerson, SignInStrength.BASIC), "the old phone session acts no more");
        assertEquals(List.of(strong), signatories(onlyPhone, moderator).stream().map(Signature::personId).toList());
        List<Signature> twice = signatories(both, moderator);
        assertEquals(1, twice.size());
        assertEquals(strong, twice.get(0).personId());
        assertEquals(SignInStrength.STRONG, twice.get(0).strength(), "the strong signature stays");
        assertEquals(before - 1, world.in(PetitionWorld.ADMIN, () -> reading.find(both).signatureCount()), "recounted");
        assertEquals(strong, world.in(PetitionWorld.ADMIN, () -> reading.find(draft).authorId()));

        List<AuditEntry> audit = InContainer.auditOf("person", strong);
        assertEquals(1, audit.size());
        assertEquals("person:" + phonePerson, audit.get(0).actor());
        for (String part : List.of("person " + phonePerson, "merged into person " + strong, "role grants moved 1",
                "residencies moved 1", "signatures moved 1", "duplicate signatures dropped 1", "petitions moved 1")) {
            assertTrue(audit.get(0).summary().contains(part), audit.get(0).summary() + " says " + part);
        }

        assertEquals(strong, world.people.findOrRegister(phone, "Інше ім’я").id(), "the phone now signs in to the strong person");
        assertEquals(Long.valueOf(strong), Acting.as(basic(strong), () -> merge.link(claims(identifier, "Олена Надійна")).id()),
                "linking the same identity again changes nothing");
    }

    @Test
    void aLinkedPhoneCannotBeLinkedToAnotherIdentityAndOnlyPhoneSessionsLink() {
        String phone = phone();
        long phonePerson = world.people.findOrRegister(phone, "Петро з телефону").id();
        String first = UUID.randomUUID().toString();
        long strong = Acting.as(basic(phonePerson), () -> merge.link(claims(first, "Петро Перший")).id());

        String second = UUID.randomUUID().toString();
        assertThrows(ConflictException.class, () -> Acting.as(basic(strong),
                () -> merge.link(claims(second, "Петро Другий"))));
        assertThrows(ForbiddenException.class, () -> Acting.as(world.people.actorOf(strong),
                () -> merge.link(claims(second, "Петро Другий"))), "a strong session has nothing to link");
        assertThrows(ForbiddenException.class, () -> Acting.as(Actor.ANONYMOUS,
                () -> merge.link(claims(second, "Петро Другий"))));
    }

    private static ProviderClaims claims(String identifier, String name) {
        return new ProviderClaims(identifier, name, "idgov", "sub-" + identifier, null, null, null);
    }
}
