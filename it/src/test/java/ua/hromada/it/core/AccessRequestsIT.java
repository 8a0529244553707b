package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ua.hromada.core.identity.AccessRequest;
import ua.hromada.core.identity.AccessRequests;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.it.support.AtOnce;
import ua.hromada.it.support.InContainer;

/** Who may ask for a role and how often, who may decide an access request, and what a decision does. */
@ExtendWith(ArquillianExtension.class)
class AccessRequestsIT {
    private static final Actor ADMIN = Actor.system("access-requests-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("access-requests-it", AccessRequestsIT.class, AtOnce.class);
    }

    private People people;
    private AccessRequests requests;
    private long community;

    @BeforeEach
    void community() {
        people = InContainer.bean(People.class);
        requests = InContainer.bean(AccessRequests.class);
        community = InContainer.newCommunity(ADMIN, "access", "Громада").id();
    }

    private Actor person(String name, Role role, Long where) {
        String id = UUID.randomUUID().toString();
        long person = people.signIn(id, name, "idgov", "sub-" + id).id();
        if (role != null) {
            Acting.as(ADMIN, () -> InContainer.bean(RoleGrants.class).grant(person, where, role, null));
        }
        return people.actorOf(person);
    }

    private AccessRequest ask(Actor official, Role role) {
        return Acting.as(official, () -> requests.submit(community, role, "Посада", "Рада", "a@b.example", "+380441234567",
                "Потрібно для роботи", null));
    }

    @Test
    void localModeratorRequestIsForTheNationalModeratorNotForAPeer() {
        Actor official = person("Посадовець", null, null);
        Actor peer = person("Модератор", Role.LOCAL_MODERATOR, community);
        Actor national = person("Національна", Role.NATIONAL_MODERATOR, null);
        AccessRequest request = ask(official, Role.LOCAL_MODERATOR);

        assertTrue(Acting.as(peer, () -> requests.decidable(community)).isEmpty());
        assertThrows(ForbiddenException.class, () -> Acting.as(peer, () -> requests.decide(request.id(), true, null)));
        assertTrue(Acting.as(national, () -> requests.decidable(null)).stream().anyMatch(r -> r.id().equals(request.id())));

        Acting.as(national, () -> requests.decide(request.id(), true, null));
        assertTrue(people.actorOf(official.personId()).rolesIn(community).contains(Role.LOCAL_MODERATOR));
        assertTrue(InContainer.auditOf("access_request", request.id()).stream()
                .anyMatch(e -> e.action().equals("access.approve")));
    }

    @Test
    void staffRequestIsDecidedByTheCommunitysModeratorAndRejectionNeedsAReason() {
        Actor official = person("Депутатка", null, null);
        Actor moderator = person("Модераторка", Role.LOCAL_MODERATOR, community);
        AccessRequest request = ask(official, Role.DEPUTY);
        assertThrows(InvalidInputException.class, () -> Acting.as(moderator, () -> requests.decide(request.id(), false, " ")));
        AccessRequest decided = Acting.as(moderator, () -> requests.decide(request.id(), false, "Не член ради"));
        assertEquals(AccessRequest.Status.REJECTED, decided.status());
        assertTrue(people.actorOf(official.personId()).rolesIn(community).isEmpty());
    }

    @Test
    void anonymousCannotAskAndNobodyDecidesTheirOwnRequest() {
        assertThrows(ForbiddenException.class, () -> ask(Actor.ANONYMOUS, Role.DEPUTY));
        Actor moderator = person("Модератор", Role.LOCAL_MODERATOR, community);
        AccessRequest own = ask(moderator, Role.DEPUTY);
        assertThrows(ForbiddenException.class, () -> Acting.as(moderator, () -> requests.decide(own.id(), true, null)));
        assertThrows(InvalidInputException.class, () -> Acting.as(person("X", null, null),
                () -> requests.submit(null, Role.DEPUTY, "p", "o", "a@b.example", "+380441234567", "j", null)));
    }

    @Test
    void onePendingRequestPerRoleAndCommunityAndFiveADay() {
        Actor official = person("Наполеглива", null, null);
        AccessRequest deputy = ask(official, Role.DEPUTY);
        ConflictException twice = assertThrows(ConflictException.class, () -> ask(official, Role.DEPUTY));
        assertEquals("access.already-pending", twice.messageKey());
        long elsewhere = InContainer.newCommunity(ADMIN, "access", "Інша громада").id();
        Acting.as(official, () -> requests.submit(elsewhere, Role.DEPUTY, "Посада", "Рада", "a@b.example", "+380441234567",
                "Потрібно для роботи", null));
        Actor moderator = person("Модераторка", Role.LOCAL_MODERATOR, community);
        Acting.as(moderator, () -> requests.decide(deputy.id(), false, "Не член ради"));
        ask(official, Role.DEPUTY);
        ask(official, Role.SECRETARIAT_OFFICER);
        ask(official, Role.SCHOOL_MODERATOR);

        ConflictException tooMany = assertThrows(ConflictException.class, () -> ask(official, Role.DEPARTMENT_EXECUTOR));
        assertEquals("access.too-many", tooMany.messageKey());
        assertEquals(AccessRequests.REQUESTS_PER_DAY, Acting.as(official, () -> requests.mine()).size(),
                "refused requests leave nothing behind");
    }

    @Test
    void parallelRequestsOfOnePersonQueueOnTheirRowAndOnlyOneIsPending() throws Exception {
        Actor official = person("Квапливий", null, null);
        List<String> answers = AtOnce.run(6, i -> () -> {
            try {
                ask(official, Role.DEPUTY);
                return "sent";
            } catch (ConflictException e) {
                return e.messageKey();
            }
        });
        assertEquals(1, answers.stream().filter("sent"::equals).count(), answers.toString());
        assertEquals(1, Acting.as(official, () -> requests.mine()).size());
    }
}
