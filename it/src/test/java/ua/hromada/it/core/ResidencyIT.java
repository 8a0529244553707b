package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.it.support.InContainer;

/** Residency: verified from a strong sign-in's address (RESIDENT), declared without one (DECLARED_RESIDENT), and the limits on declaring. */
@ExtendWith(ArquillianExtension.class)
class ResidencyIT {
    private static final Actor ADMIN = Actor.system("residency-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("residency-it", ResidencyIT.class);
    }

    private People people;
    private Residencies residencies;
    // made once: every community a test adds lengthens the landing page other tests read
    private static long town;
    private static long village;
    private static String townName;

    @BeforeEach
    void communities() {
        people = InContainer.bean(People.class);
        residencies = InContainer.bean(Residencies.class);
        if (townName != null) {
            return;
        }
        CommunitySettings settings = InContainer.bean(CommunitySettings.class);
        townName = "Місто-" + UUID.randomUUID().toString().substring(0, 8);
        town = InContainer.newCommunity(ADMIN, "town", "Міська громада").id();
        village = InContainer.newCommunity(ADMIN, "village", "Сільська громада").id();
        Acting.as(ADMIN, () -> settings.changeResidency(town, List.of(townName, "Сусіднє-" + townName), "Київська область"));
        Acting.as(ADMIN, () -> settings.changeResidency(village, List.of("Село-" + townName), null));
    }

    private long strongSignIn(String identifier, String locality, String region) {
        return people.signIn(identifier, "Мешканка", "idgov", "sub-" + identifier, locality, region).id();
    }

    private boolean isResident(long person, long community, SignInStrength strength) {
        return people.actorOf(person, strength).rolesIn(community).contains(Role.RESIDENT);
    }

    @Test
    void theProviderAddressMakesAVerifiedResidentUntilTheyMove() {
        String id = UUID.randomUUID().toString();
        long person = strongSignIn(id, "м. " + townName, "Київська область");
        assertTrue(isResident(person, town, SignInStrength.STRONG));
        assertFalse(isResident(person, village, SignInStrength.STRONG));
        List<Residencies.Held> mine = Acting.as(people.actorOf(person), () -> residencies.mine());
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).verified());

        strongSignIn(id, "Село-" + townName, null);
        assertFalse(isResident(person, town, SignInStrength.STRONG), "moved away");
        assertTrue(isResident(person, village, SignInStrength.STRONG));

        strongSignIn(id, null, null);
        assertTrue(isResident(person, village, SignInStrength.STRONG), "no address: nothing changes");
    }

    @Test
    void anotherRegionOrAnotherTownIsNoResidency() {
        long stranger = strongSignIn(UUID.randomUUID().toString(), townName, "Львівська область");
        assertFalse(isResident(stranger, town, SignInStrength.STRONG));
        long elsewhere = strongSignIn(UUID.randomUUID().toString(), "Десь-" + townName, "Київська область");
        assertFalse(isResident(elsewhere, town, SignInStrength.STRONG));
    }

    private boolean hasDeclared(long person, long community, SignInStrength strength) {
        return people.actorOf(person, strength).rolesIn(community).contains(Role.DECLARED_RESIDENT);
    }

    @Test
    void aPersonWithoutAProviderAddressDeclaresOneCommunityUnverified() {
        long person = people.findOrRegister("phone:+38063" + (1_000_000 + (int) (Math.random() * 8_000_000)), "Телефонна Особа").id();
        Actor basic = people.actorOf(person, SignInStrength.BASIC);
        Acting.as(basic, () -> residencies.declare(village));
        assertTrue(hasDeclared(person, village, SignInStrength.BASIC));
        assertFalse(isResident(person, village, SignInStrength.BASIC), "declared is not verified");
        List<Residencies.Held> mine = Acting.as(basic, () -> residencies.mine());
        assertEquals(1, mine.size());
        assertFalse(mine.get(0).verified());

        ConflictException soon = assertThrows(ConflictException.class, () -> Acting.as(basic, () -> residencies.declare(town)),
                "a declaration changes at most once per the community's period");
        assertEquals("residency.declared-recently", soon.messageKey());
        assertTrue(hasDeclared(person, village, SignInStrength.BASIC), "the refused change changed nothing");

        CommunitySettings settings = InContainer.bean(CommunitySettings.class);
        Acting.as(ADMIN, () -> settings.changeDeclarationPeriod(town, 0));
        Acting.as(basic, () -> residencies.declare(town));
        assertFalse(hasDeclared(person, village, SignInStrength.BASIC), "one declared community at a time");
        assertTrue(hasDeclared(person, town, SignInStrength.BASIC));
        Acting.as(ADMIN, () -> settings.changeDeclarationPeriod(town, 30));
        assertThrows(InvalidInputException.class, () -> Acting.as(ADMIN, () -> settings.changeDeclarationPeriod(town, 367)));

        long verified = strongSignIn(UUID.randomUUID().toString(), townName, null);
        assertThrows(ConflictException.class, () -> Acting.as(people.actorOf(verified), () -> residencies.declare(village)));
        assertThrows(ForbiddenException.class, () -> Acting.as(Actor.ANONYMOUS, () -> residencies.declare(village)));
    }

    @Test
    void theProvidersAddressReplacesADeclarationEvenOutsideEveryCommunity() {
        String id = UUID.randomUUID().toString();
        long person = strongSignIn(id, null, null);
        Acting.as(people.actorOf(person), () -> residencies.declare(village));
        assertTrue(hasDeclared(person, village, SignInStrength.STRONG));

        strongSignIn(id, "Львів", "Львівська область");
        assertFalse(hasDeclared(person, village, SignInStrength.STRONG), "the provider says they live elsewhere");
        assertTrue(Acting.as(people.actorOf(person), () -> residencies.mine()).isEmpty());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> Acting.as(people.actorOf(person), () -> residencies.declare(village)));
        assertEquals("residency.verified-already", refused.messageKey(), "an address from the provider is final");
    }

    @Test
    void aResidentCannotSetTheResidencyArea() {
        long resident = strongSignIn(UUID.randomUUID().toString(), townName, null);
        CommunitySettings settings = InContainer.bean(CommunitySettings.class);
        assertThrows(ForbiddenException.class,
                () -> Acting.as(people.actorOf(resident), () -> settings.changeResidency(town, List.of("Інше"), null)));
    }
}
