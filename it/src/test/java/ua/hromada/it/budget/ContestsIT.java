package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.CategoryScope;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestDates;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.it.support.InContainer;

/**
 * Contests through the real beans: a moderator prepares a draft with its categories (limits,
 * categories within the total, even when added at once) and announces it; anyone reads it then,
 * never before; the sweeper moves it through its stages at their dates; residents and the
 * moderators of another community are refused; each step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ContestsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("contests-it", ContestsIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("contests");
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void aModeratorPreparesADraftWithCategoriesAndAnnouncesIt() {
        Instant now = Instant.now();
        long id = world.draft(moderator, 5, now.minus(Duration.ofHours(1)));
        assertThrows(NotFoundException.class, () -> world.in(Actor.ANONYMOUS, () -> world.reading.view(id)), "a draft is not public");
        assertTrue(world.in(Actor.ANONYMOUS, () -> world.reading.list(null, 20)).items().isEmpty());
        assertRefused(InvalidInputException.class, "budget.contest.categories.none", () -> world.as(moderator,
                () -> world.contests.publish(id)));

        world.category(moderator, id, "Загальноміські проєкти", 3);
        assertRefused(InvalidInputException.class, "budget.contest.categories.over-total", () -> world.category(moderator, id,
                "Проєкти округів", 3));
        assertRefused(InvalidInputException.class, "budget.category.costs.order", () -> world.as(moderator, () -> world.contests
                .addCategory(id, "Зелена громада", CategoryScope.THEMATIC, BudgetWorld.MILLION, BudgetWorld.MILLION, BudgetWorld.MILLION / 2,
                        null)));
        assertRefused(InvalidInputException.class, "budget.category.max-over-budget", () -> world.as(moderator, () -> world.contests
                .addCategory(id, "Зелена громада", CategoryScope.THEMATIC, BudgetWorld.MILLION, 1, 2 * BudgetWorld.MILLION, null)));
        assertRefused(InvalidInputException.class, "budget.category.picks.invalid", () -> world.as(moderator, () -> world.contests
                .addCategory(id, "Зелена громада", CategoryScope.THEMATIC, BudgetWorld.MILLION, 1, BudgetWorld.MILLION, 0)));
        ContestCategory green = world.as(moderator, () -> world.contests.addCategory(id, "Зелена громада", CategoryScope.THEMATIC,
                2 * BudgetWorld.MILLION, 5_000_000, BudgetWorld.MILLION, null));
        assertRefused(InvalidInputException.class, "budget.contest.categories.over-total", () -> world.as(moderator, () -> world.contests
                .edit(id, "Бюджет участі 2027", BudgetWorld.ABOUT, 4 * BudgetWorld.MILLION, SelectionRule.BY_VOTES, 16, false,
                        SignInStrength.STRONG, BudgetWorld.dates(now.minus(Duration.ofHours(1)), 10), null)));
        InvalidInputException order = assertThrows(InvalidInputException.class, () -> new ContestDates(now, now.plusSeconds(60), now,
                now.plusSeconds(120), now.plusSeconds(180), now.plusSeconds(240)));
        assertEquals("budget.contest.date.order", order.messageKey());

        Contest announced = world.as(moderator, () -> world.contests.publish(id));
        assertEquals(ContestStage.SUBMISSION, announced.stage(), "its submission began an hour ago");
        Contest read = world.in(Actor.ANONYMOUS, () -> world.reading.view(id));
        assertEquals(5 * BudgetWorld.MILLION, read.totalBudget());
        assertEquals(List.of("Загальноміські проєкти", "Зелена громада"), world.in(Actor.ANONYMOUS, () -> world.reading.categories(id))
                .stream().map(ContestCategory::name).toList());
        assertEquals(List.of(id), world.in(Actor.ANONYMOUS, () -> world.reading.list(null, 20)).items().stream().map(Contest::id).toList());
        assertEquals(1L, world.in(Actor.ANONYMOUS, () -> world.reading.runningCount()));
        Deadlines deadlines = InContainer.bean(Deadlines.class);
        for (ContestStage stage : List.of(ContestStage.SUPPORT, ContestStage.REVIEW, ContestStage.VOTING, ContestStage.RESULTS,
                ContestStage.IMPLEMENTATION)) {
            assertEquals(read.dates().starts(stage), world.in(BudgetWorld.ADMIN, () -> deadlines.find("budget-contest.stage."
                    + stage.name().toLowerCase(), id)).orElseThrow().dueAt(), stage.name());
        }
        assertFalse(world.in(BudgetWorld.ADMIN, () -> deadlines.find("budget-contest.stage.submission", id)).isPresent(),
                "a stage already begun needs no deadline");

        assertRefused(ConflictException.class, "budget.contest.published", () -> world.as(moderator, () -> world.contests.edit(id,
                "Бюджет участі 2027", BudgetWorld.ABOUT, 6 * BudgetWorld.MILLION, SelectionRule.BY_VOTES, 16, false, SignInStrength.STRONG,
                BudgetWorld.dates(now, 10), null)));
        assertRefused(ConflictException.class, "budget.contest.published", () -> world.as(moderator, () -> {
            world.contests.removeCategory(id, green.id());
            return null;
        }));
        assertRefused(ConflictException.class, "budget.contest.published", () -> world.as(moderator, () -> world.contests.publish(id)));
        List<String> actions = InContainer.auditOf("budget-contest", id).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("budget.contest.create", "budget.category.add", "budget.contest.publish")),
                actions.toString());
    }

    @Test
    void theSweeperMovesAContestIntoEachStageAtItsDate() {
        Instant submission = Instant.now().plus(Duration.ofHours(1));
        long id = world.draft(moderator, 2, submission);
        world.category(moderator, id, "Загальноміські проєкти", 2);
        assertEquals(ContestStage.ANNOUNCED, world.as(moderator, () -> world.contests.publish(id)).stage());
        DeadlineProcessing sweeper = InContainer.bean(DeadlineProcessing.class);

        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(submission.plusSeconds(60), 500));
        assertEquals(ContestStage.SUBMISSION, world.in(Actor.ANONYMOUS, () -> world.reading.view(id)).stage());
        Instant voting = submission.plus(Duration.ofDays(30));
        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(voting.plusSeconds(60), 500));
        assertEquals(ContestStage.VOTING, world.in(Actor.ANONYMOUS, () -> world.reading.view(id)).stage(),
                "support and review fell due too: the dates say voting");
        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(voting.plusSeconds(120), 500));
        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(submission.plus(Duration.ofDays(50)).plusSeconds(60), 500));
        assertEquals(ContestStage.IMPLEMENTATION, world.in(Actor.ANONYMOUS, () -> world.reading.view(id)).stage());
        List<String> moves = InContainer.auditOf("budget-contest", id).stream().filter(a -> a.action().equals("budget.contest.stage"))
                .map(AuditEntry::summary).toList();
        assertEquals(List.of("ANNOUNCED → SUBMISSION", "SUBMISSION → VOTING", "VOTING → IMPLEMENTATION"), moves, "once each, never twice");
        assertEquals(0L, world.in(Actor.ANONYMOUS, () -> world.reading.runningCount()), "implemented is no longer running");
    }

    @Test
    void twoCategoriesAddedAtOnceNeverTogetherExceedTheTotal() throws Exception {
        long id = world.draft(moderator, 3, Instant.now().plus(Duration.ofDays(1)));
        Actor acting = world.actor(moderator);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return world.in(acting, () -> world.contests.addCategory(id, "Округ " + n, CategoryScope.DISTRICT,
                                BudgetWorld.MILLION, BudgetWorld.MILLION / 10, BudgetWorld.MILLION, 2));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int added = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if (o instanceof ContestCategory) {
                    added++;
                } else {
                    assertTrue(o instanceof InvalidInputException e && e.messageKey().equals("budget.contest.categories.over-total"),
                            String.valueOf(o));
                }
            }
            assertEquals(3, added, "three millions fit three categories of a million, however many arrive at once");
        } finally {
            pool.shutdown();
        }
        assertEquals(3, world.as(moderator, () -> world.reading.categories(id)).size());
    }

    @Test
    void residentsAndAnotherCommunitysModeratorsAreRefused() {
        long id = world.draft(moderator, 1, Instant.now().plus(Duration.ofDays(1)));
        assertThrows(ForbiddenException.class, () -> world.draft(resident, 1, Instant.now().plus(Duration.ofDays(1))));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> world.contests.publish(id)));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> world.reading.all(new TableQuery(0, 20, null, false, null))));
        assertThrows(NotFoundException.class, () -> world.as(resident, () -> world.reading.view(id)), "a draft is the moderators' only");
        assertEquals(id, world.as(moderator, () -> world.reading.view(id)).id());

        BudgetWorld other = new BudgetWorld("contests-other");
        long otherModerator = other.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.contests.publish(id)));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.reading.view(id)));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.contests.addCategory(id, "Чужа категорія",
                CategoryScope.CITY_WIDE, BudgetWorld.MILLION, 1, BudgetWorld.MILLION, null)));
        assertTrue(other.as(otherModerator, () -> other.reading.all(new TableQuery(0, 20, null, false, null))).rows().isEmpty());
        assertEquals(0, world.as(moderator, () -> world.reading.categories(id)).size());
    }

    @Test
    void aDeclaredResidencyAndAWeakerSignInAreOnlyWhereTheCommunityAllowsThem() {
        Instant later = Instant.now().plus(Duration.ofDays(1));
        assertRefused(InvalidInputException.class, "budget.contest.declared-not-allowed", () -> world.as(moderator, () -> world.contests
                .create("Шкільний бюджет 2027", BudgetWorld.ABOUT, BudgetWorld.MILLION, SelectionRule.BY_VOTES, 10, true,
                        SignInStrength.STRONG, BudgetWorld.dates(later, 5), null)));
        assertRefused(InvalidInputException.class, "budget.contest.sign-in.weaker", () -> world.as(moderator, () -> world.contests
                .create("Шкільний бюджет 2027", BudgetWorld.ABOUT, BudgetWorld.MILLION, SelectionRule.BY_VOTES, 10, false,
                        SignInStrength.BASIC, BudgetWorld.dates(later, 5), null)));
        assertRefused(InvalidInputException.class, "budget.contest.age.invalid", () -> world.as(moderator, () -> world.contests
                .create("Шкільний бюджет 2027", BudgetWorld.ABOUT, BudgetWorld.MILLION, SelectionRule.BY_VOTES, 5, false,
                        SignInStrength.STRONG, BudgetWorld.dates(later, 5), null)));
        world.as(moderator, () -> {
            InContainer.bean(ToolSettings.class).change(world.community, "budget", Map.of("budget.declared-residency", "true"));
            return null;
        });
        Contest declared = world.as(moderator, () -> world.contests.create("Шкільний бюджет 2027", BudgetWorld.ABOUT, BudgetWorld.MILLION,
                SelectionRule.BY_VOTES, 10, true, SignInStrength.STRONG, BudgetWorld.dates(later, 5), null));
        assertTrue(declared.declaredResidency());
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
