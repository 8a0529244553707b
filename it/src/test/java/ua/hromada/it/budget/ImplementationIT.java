package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Implementation;
import ua.hromada.budget.ImplementationStatus;
import ua.hromada.budget.Milestone;
import ua.hromada.budget.SelectionRule;
import ua.hromada.budget.Voting;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.notification.Notices;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * Implementation tracking through the real beans: when the results stage begins the winners'
 * implementation is planned (the others have none); moderators keep a winner's status, money
 * spent and milestones, publicly; its followers are told of each change; residents cannot keep it.
 */
@ExtendWith(ArquillianExtension.class)
class ImplementationIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("implementation-it", ImplementationIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private Implementation implementation;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("implementation");
        implementation = InContainer.bean(Implementation.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void theWinnersAreTrackedPubliclyAndTheirFollowersAreTold() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        long voter = world.person("Ірина Виборниця", Role.RESIDENT);
        long winner = ballot.district().get(0);
        world.as(voter, () -> InContainer.bean(Voting.class).vote(ballot.contest(), Set.of(winner)));
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(ballot.results(), 500));
        assertEquals(ImplementationStatus.PLANNED, world.in(Actor.ANONYMOUS, () -> world.projects.view(winner)).implementation());
        long loser = ballot.district().get(1);
        assertNull(world.in(Actor.ANONYMOUS, () -> world.projects.view(loser)).implementation(), "600,000 won, 500,000 no longer fits");
        for (long unvoted : ballot.city()) {
            assertEquals(ImplementationStatus.PLANNED, world.in(Actor.ANONYMOUS, () -> world.projects.view(unvoted)).implementation(),
                    "the rule's completion funds what still fits, votes or none (the issue's rule as equalshares.net computes it)");
        }
        assertRefused(ConflictException.class, "budget.implementation.not-won", () -> world.as(moderator, () -> implementation.track(loser,
                ImplementationStatus.IN_PROGRESS, 0, null)));

        world.as(voter, () -> {
            implementation.follow(winner);
            implementation.follow(winner);
            return null;
        });
        assertTrue(world.as(voter, () -> implementation.followedByMe(winner)));
        BudgetProject tracked = world.as(moderator, () -> implementation.track(winner, ImplementationStatus.PROCUREMENT, 12_000_000,
                "Оголошено тендер на Prozorro."));
        assertEquals(12_000_000, tracked.spent());
        Milestone lights = world.as(moderator, () -> implementation.addMilestone(winner, "Встановити ліхтарі", LocalDate.of(2027, 6, 1)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        assertRefused(InvalidInputException.class, "budget.milestone.done.future", () -> world.as(moderator,
                () -> implementation.milestoneDone(winner, lights.id(), today.plusDays(2))));
        world.as(moderator, () -> implementation.milestoneDone(winner, lights.id(), today));
        assertEquals(List.of(today), world.in(Actor.ANONYMOUS, () -> implementation.milestones(winner)).stream().map(Milestone::doneOn)
                .toList());
        assertTrue(world.as(voter, () -> InContainer.bean(Notices.class).mine(10)).size() >= 2, "told of the status and of the step");
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> implementation.track(winner, ImplementationStatus.DONE, 0,
                null)));
        world.as(voter, () -> {
            implementation.unfollow(winner);
            return null;
        });
        assertFalse(world.as(voter, () -> implementation.followedByMe(winner)));
        assertEquals("Оголошено тендер на Prozorro.", world.in(Actor.ANONYMOUS, () -> world.projects.view(winner)).implementationNote());
    }

    @Test
    void openDataListsTheContestsProjectsWithTheirImplementationAndNothingOfTheirAuthors() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        long winner = ballot.district().get(0);
        world.as(world.person("Ірина Виборниця", Role.RESIDENT), () -> InContainer.bean(Voting.class).vote(ballot.contest(), Set.of(winner)));
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(ballot.results(), 500));
        world.as(moderator, () -> implementation.track(winner, ImplementationStatus.IN_PROGRESS, 25_000_000, null));
        BudgetWorld.OpenContest open = world.submitting(moderator);
        long draft = world.as(resident, () -> world.submission.createDraft(open.id(), BudgetWorld.project(open.category(), "Ще чернетка",
                300_000)).id());
        long formula = world.as(resident, () -> world.submission.createDraft(open.id(), BudgetWorld.project(open.category(),
                "=HYPERLINK(\"http://x\") Сквер", 300_000)).id());
        world.as(resident, () -> world.submission.submit(formula));

        var data = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/open-data/budget?limit=100", "uk");
        assertEquals(200, data.statusCode());
        String json = data.body();
        for (long project : ballot.city()) {
            assertTrue(json.contains("\"id\":" + project + ","), "every admitted project: " + json);
        }
        assertTrue(json.contains("\"implementation\":\"IN_PROGRESS\"") && json.contains("\"spent\":25000000"), json);
        assertTrue(json.contains("\"category\":\"Проєкти округу\""), json);
        assertFalse(json.contains("\"id\":" + draft + ","), "a draft is nobody’s business yet");
        assertFalse(json.contains("+380501234567") || json.contains("Олег Мешканець"), "no author’s name or contacts");
        var csv = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/open-data/budget.csv", "uk");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\ufeffid,community,contest,contest_title,number,title,category,cost_kopecks"), csv.body());
        assertTrue(csv.body().contains("/" + world.slug + "/budget/projects/" + winner), csv.body());
        assertTrue(csv.body().contains("'=HYPERLINK"), "a formula stays text: " + csv.body());
        var catalogue = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/open-data", "uk");
        assertTrue(catalogue.body().contains("/api/v1/communities/" + world.slug + "/open-data/budget.csv"), catalogue.body());
        assertEquals(400, Http.get(InContainer.baseUrl(), "/api/v1/open-data/budget?limit=0", "uk").statusCode());
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
