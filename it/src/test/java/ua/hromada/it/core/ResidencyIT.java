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
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.it.support.InContainer;

/** Residency: verified from a strong sign-in's address, declared without one, and the RESIDENT role it gives. */
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

    @Test
    void aPersonWithoutAProviderAddressDeclaresOneCommunityUnverified() {
        long person = people.findOrRegister("phone:+38063" + (1_000_000 + (int) (Math.random() * 8_000_000)), "Телефонна Особа").id();
        Actor basic = people.actorOf(person, SignInStrength.BASIC);
        Acting.as(basic, () -> residencies.declare(village));
        assertTrue(isResident(person, village, SignInStrength.BASIC));
        Acting.as(basic, () -> residencies.declare(town));
        assertFalse(isResident(person, village, SignInStrength.BASIC), "one declared community at a time");
        assertTrue(isResident(person, town, SignInStrength.BASIC));
        List<Residencies.Held> mine = Acting.as(basic, () -> residencies.mine());
        assertEquals(1, mine.size());
        assertFalse(mine.get(0).verified());

        long verified = strongSignIn(UUID.randomUUID().toString(), townName, null);
        assertThrows(ConflictException.class, () -> Acting.as(people.actorOf(verified), () -> residencies.declare(village)));
        assertThrows(ForbiddenException.class, () -> Acting.as(Actor.ANONYMOUS, () -> residencies.declare(village)));
    }

    @Test
    void aResidentCannotSetTheResidencyArea() {
        long resident = strongSignIn(UUID.randomUUID().toString(), townName, null);
        CommunitySettings settings = InContainer.bean(CommunitySettings.class);
        assertThrows(ForbiddenException.class,
                () -> Acting.as(people.actorOf(resident), () -> settings.changeResidency(town, List.of("Інше"), null)));
    }
}
