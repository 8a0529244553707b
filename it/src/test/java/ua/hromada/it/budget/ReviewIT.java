package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.CheckKind;
import ua.hromada.budget.ProjectCheck;
import ua.hromada.budget.ProjectReview;
import ua.hromada.budget.ProjectStatus;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.notification.Notices;
import ua.hromada.it.support.InContainer;

/**
 * The review through the real beans: moderators record each check with a comment, correct a
 * cost (the author's total kept), admit a project only once every check passed and reject one
 * only with a reason, once; all public and audited; residents and another community's
 * moderators are refused; nothing is reviewed outside the review stage.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("review-it", ReviewIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private ProjectReview review;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("review");
        review = InContainer.bean(ProjectReview.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void checksACorrectedCostAndTheDecisionArePublicAndAudited() {
        BudgetWorld.InReview contest = world.inReview(moderator, resident, 2);
        long first = contest.projects().get(0);
        long second = contest.projects().get(1);
        assertEquals(List.of(first, second), world.as(moderator, () -> review.queue(contest.contest(), query())).rows().stream()
                .map(BudgetProject::id).toList());
        assertRefused(InvalidInputException.class, "budget.review.check-missing", () -> world.as(moderator, () -> review.admit(first)));
        world.as(moderator, () -> review.check(first, CheckKind.FEASIBILITY, true, "Майданчик на землі громади, місце вільне."));
        world.as(moderator, () -> review.check(first, CheckKind.LEGAL, false, "Потрібен дозвіл на перекриття доріжки."));
        world.as(moderator, () -> review.check(first, CheckKind.COST, true, "Ціни відповідають ринковим."));
        assertRefused(InvalidInputException.class, "budget.review.check-failed", () -> world.as(moderator, () -> review.admit(first)));
        world.as(moderator, () -> review.check(first, CheckKind.LEGAL, true, "Дозвіл не потрібен: доріжку не перекривають."));
        assertRefused(InvalidInputException.class, "budget.check.comment.length", () -> world.as(moderator,
                () -> review.check(first, CheckKind.COST, true, "ок")));
        world.as(moderator, () -> review.correctCost(first, 25_000_000, "Лавки дешевші за цінами Prozorro."));
        world.as(moderator, () -> review.correctCost(first, 26_000_000, "Додано доставку лавок."));
        BudgetProject admitted = world.as(moderator, () -> review.admit(first));
        assertEquals(ProjectStatus.ADMITTED, admitted.status());
        assertEquals(Long.valueOf(30_000_000), admitted.originalCost(), "the author's own total, however often corrected");
        assertEquals(26_000_000, admitted.cost());
        assertRefused(ConflictException.class, "budget.review.not-in-review", () -> world.as(moderator, () -> review.reject(first,
                "Передумали після допуску.")));

        assertRefused(InvalidInputException.class, "budget.review.reason.length", () -> world.as(moderator, () -> review.reject(second,
                "Ні")));
        BudgetProject rejected = world.as(moderator, () -> review.reject(second, "Ділянка належить державі, не громаді."));
        List<String> told = world.as(resident, () -> InContainer.bean(Notices.class).mine(10)).stream().map(n -> n.subject()).toList();
        assertTrue(told.stream().anyMatch(t -> t.contains("допущено до голосування")) && told.stream().anyMatch(t -> t.contains("відхилено")),
                "the author is told of both decisions: " + told);
        assertEquals(ProjectStatus.REJECTED, rejected.status());
        assertTrue(world.as(moderator, () -> review.queue(contest.contest(), query())).rows().isEmpty(), "the queue is worked through");

        BudgetProject read = world.in(Actor.ANONYMOUS, () -> world.projects.view(first));
        assertEquals(ProjectStatus.ADMITTED, read.status());
        assertEquals("Марта Модераторка", read.decidedBy());
        List<ProjectCheck> checks = world.in(Actor.ANONYMOUS, () -> review.checks(first));
        assertEquals(List.of(CheckKind.FEASIBILITY, CheckKind.LEGAL, CheckKind.COST), checks.stream().map(ProjectCheck::kind).toList());
        assertEquals("Дозвіл не потрібен: доріжку не перекривають.", checks.get(1).comment(), "recorded again, it changed");
        assertEquals("Ділянка належить державі, не громаді.", world.in(Actor.ANONYMOUS, () -> world.projects.view(second)).decisionReason());
        List<String> actions = InContainer.auditOf("budget-project", first).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("budget.review.check", "budget.review.cost", "budget.review.admit")), actions.toString());
        assertTrue(InContainer.auditOf("budget-project", first).stream().anyMatch(a -> a.summary().equals("30000000 → 25000000: Лавки"
                + " дешевші за цінами Prozorro.")));
    }

    @Test
    void residentsAnotherCommunityAndOtherStagesAreRefused() {
        BudgetWorld.InReview contest = world.inReview(moderator, resident, 1);
        long project = contest.projects().get(0);
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> review.check(project, CheckKind.COST, true,
                "Сам собі перевірив.")));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> review.queue(contest.contest(), query())));
        BudgetWorld other = new BudgetWorld("review-other");
        long otherModerator = other.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> review.reject(project, "Чужий проєкт відхиляю.")));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> review.queue(contest.contest(), query())));

        BudgetWorld.OpenContest submitting = world.submitting(moderator);
        long early = world.as(resident, () -> world.submission.createDraft(submitting.id(), BudgetWorld.project(submitting.category(),
                "Рано на розгляд", 300_000))).id();
        world.as(resident, () -> world.submission.submit(early));
        assertRefused(ConflictException.class, "budget.review.not-now", () -> world.as(moderator, () -> review.check(early,
                CheckKind.COST, true, "Ще не час перевіряти.")));
        assertEquals(ProjectStatus.IN_REVIEW, world.in(Actor.ANONYMOUS, () -> world.projects.view(project)).status(), "nothing changed");
    }

    private static TableQuery query() {
        return new TableQuery(0, 20, null, false, null);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
