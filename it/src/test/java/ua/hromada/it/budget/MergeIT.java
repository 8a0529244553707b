package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import ua.hromada.budget.MergeConsent;
import ua.hromada.budget.MergeOutcome;
import ua.hromada.budget.ProjectMerge;
import ua.hromada.budget.ProjectMerging;
import ua.hromada.budget.ProjectReview;
import ua.hromada.budget.ProjectStatus;
import ua.hromada.budget.Voting;
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
import ua.hromada.core.notification.Notices;
import ua.hromada.it.support.AtOnce;
import ua.hromada.it.support.InContainer;

/**
 * Merging similar projects through the real beans: a reviewer proposes that one project joins
 * another of its contest with a public reason; each author consents online, or a paper form's in
 * writing that the reviewer records; two consents merge them (the absorbed project off the
 * ballot), one refusal ends it; a reviewer withdraws; proposals still open lapse when the review
 * ends. Every step public and audited; non-authors, residents, other stages, other contests and a
 * second open proposal for one project (five at once too) are refused.
 */
@ExtendWith(ArquillianExtension.class)
class MergeIT {
    private static final String REASON = "Обидва проєкти облаштовують той самий майданчик біля школи.";

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("merge-it", MergeIT.class, BudgetWorld.class, AtOnce.class);
    }

    private BudgetWorld world;
    private ProjectMerging merging;
    private ProjectReview review;
    private long moderator;
    private long resident;
    private long neighbour;

    @BeforeEach
    void world() {
        world = new BudgetWorld("merge");
        merging = InContainer.bean(ProjectMerging.class);
        review = InContainer.bean(ProjectReview.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
        neighbour = world.person("Ганна Сусідка", Role.RESIDENT);
    }

    @Test
    void bothAuthorsConsentAndTheAbsorbedProjectLeavesTheBallot() {
        BudgetWorld.InReview contest = world.inReview(moderator, List.of(resident, neighbour), 0);
        long absorbed = contest.projects().get(0);
        long kept = contest.projects().get(1);
        long merge = world.as(moderator, () -> merging.propose(absorbed, kept, REASON)).id();
        assertTrue(told(resident).stream().anyMatch(s -> s.contains("Запропоновано приєднати ваш проєкт")), told(resident).toString());
        assertTrue(told(neighbour).stream().anyMatch(s -> s.contains("Запропоновано приєднати до вашого проєкту")));
        assertRefused(ConflictException.class, "budget.merge.pending", () -> world.as(moderator, () -> review.reject(kept,
                "Відхиляю, поки автори думають.")));

        assertRefused(ForbiddenException.class, "budget.not-owner", () -> world.as(neighbour, () -> merging.answer(merge, absorbed, true)));
        assertRefused(ForbiddenException.class, "budget.not-owner", () -> world.as(moderator, () -> merging.answer(merge, kept, true)));
        assertRefused(ConflictException.class, "budget.merge.answers-online", () -> world.as(moderator,
                () -> merging.recordOnPaper(merge, kept, true)));
        assertTrue(world.as(resident, () -> merging.answer(merge, absorbed, true)).isOpen(), "one consent of two");
        assertRefused(ConflictException.class, "budget.merge.answered", () -> world.as(resident, () -> merging.answer(merge, absorbed,
                false)));
        ProjectMerge done = world.as(neighbour, () -> merging.answer(merge, kept, true));
        assertEquals(MergeOutcome.MERGED, done.outcome());

        BudgetProject joined = world.in(Actor.ANONYMOUS, () -> world.projects.view(absorbed));
        assertEquals(ProjectStatus.MERGED, joined.status());
        assertEquals(Long.valueOf(kept), joined.mergedInto());
        assertEquals(ProjectStatus.IN_REVIEW, world.in(Actor.ANONYMOUS, () -> world.projects.view(kept)).status());
        ProjectMerging.Proposal read = world.in(Actor.ANONYMOUS, () -> merging.of(kept)).get(0);
        assertEquals("budget.merge.merged.kept", read.labelKey(kept));
        assertEquals("budget.merge.merged.absorbed", read.labelKey(absorbed));
        assertEquals(REASON, read.merge().reason());
        assertEquals("Марта Модераторка", read.merge().proposedBy());
        for (ProjectMerging.Answer answer : read.answers()) {
            MergeConsent consent = answer.consent();
            assertTrue(consent.consent() && !consent.onPaper() && consent.recordedAt() != null, "online consent of " + answer.project().id());
            assertNull(consent.recordedBy(), "an author's own answer carries no name");
        }
        assertTrue(told(resident).stream().anyMatch(s -> s.contains("об’єднано зі схожим")), told(resident).toString());
        assertEquals(List.of(kept), world.as(moderator, () -> review.queue(contest.contest(), new TableQuery(0, 20, null, false, null)))
                .rows().stream().map(BudgetProject::id).toList(), "the merged project left the queue");

        world.as(moderator, () -> review.correctCost(kept, 65_000_000, "Додано обладнання з приєднаного проєкту."));
        for (CheckKind kind : CheckKind.values()) {
            world.as(moderator, () -> review.check(kept, kind, true, "Перевірено разом із приєднаним проєктом."));
        }
        world.as(moderator, () -> review.admit(kept));
        assertRefused(ConflictException.class, "budget.review.not-in-review", () -> world.as(moderator, () -> review.reject(absorbed,
                "Відхиляю вже приєднаний проєкт.")));
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(contest.voting(), 500));
        assertEquals(List.of(kept), world.in(Actor.ANONYMOUS, () -> InContainer.bean(Voting.class).admitted(contest.contest())).stream()
                .map(BudgetProject::id).toList(), "only the kept project is on the ballot");

        assertEquals(List.of("budget.merge.propose", "budget.merge.consent", "budget.merge.merged"), actions(absorbed));
        assertTrue(actions(kept).containsAll(List.of("budget.merge.consent", "budget.review.cost", "budget.review.admit")), actions(kept)
                .toString());
    }

    @Test
    void aRefusalEndsItAReviewerWithdrawsAndTheEndOfTheReviewLapsesWhatIsOpen() {
        BudgetWorld.InReview contest = world.inReview(moderator, List.of(resident, neighbour), 0);
        long first = contest.projects().get(0);
        long second = contest.projects().get(1);
        long declined = world.as(moderator, () -> merging.propose(first, second, REASON)).id();
        ProjectMerge refused = world.as(neighbour, () -> merging.answer(declined, second, false));
        assertEquals(MergeOutcome.DECLINED, refused.outcome());
        assertRefused(ConflictException.class, "budget.merge.closed", () -> world.as(resident, () -> merging.answer(declined, first, true)));
        assertTrue(told(resident).stream().anyMatch(s -> s.contains("не відбудеться")), told(resident).toString());
        assertEquals(ProjectStatus.IN_REVIEW, world.in(Actor.ANONYMOUS, () -> world.projects.view(first)).status());

        long withdrawn = world.as(moderator, () -> merging.propose(second, first, REASON)).id();
        assertEquals(MergeOutcome.WITHDRAWN, world.as(moderator, () -> merging.withdraw(withdrawn)).outcome());
        assertRefused(ConflictException.class, "budget.merge.closed", () -> world.as(moderator, () -> merging.withdraw(withdrawn)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> merging.withdraw(withdrawn)));
        assertTrue(actions(second).containsAll(List.of("budget.merge.decline", "budget.merge.propose", "budget.merge.withdraw")),
                actions(second).toString());

        long lapsing = world.as(moderator, () -> merging.propose(first, second, REASON)).id();
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(contest.voting(), 500));
        List<ProjectMerging.Proposal> proposals = world.in(Actor.ANONYMOUS, () -> merging.of(first));
        assertEquals(List.of(MergeOutcome.DECLINED, MergeOutcome.WITHDRAWN, MergeOutcome.LAPSED), proposals.stream()
                .map(p -> p.merge().outcome()).toList());
        assertEquals(lapsing, proposals.get(2).merge().id());
        assertEquals(0, InContainer.count("select count(*) from budget_merge where open_absorbed_id is not null and contest_id = ?",
                contest.contest()));
        assertTrue(InContainer.auditOf("budget-contest", contest.contest()).stream().anyMatch(a -> a.action().equals("budget.merge.lapse")));
        assertRefused(ConflictException.class, "budget.review.not-now", () -> world.as(resident, () -> merging.answer(lapsing, first,
                true)));
    }

    @Test
    void aPaperAuthorsWrittenConsentIsRecordedByTheReviewer() {
        BudgetWorld.InReview contest = world.inReview(moderator, List.of(resident), 1);
        long online = contest.projects().get(0);
        long paper = contest.projects().get(1);
        long merge = world.as(moderator, () -> merging.propose(paper, online, REASON)).id();
        assertRefused(ForbiddenException.class, "budget.not-owner", () -> world.as(resident, () -> merging.answer(merge, paper, true)));
        world.as(resident, () -> merging.answer(merge, online, true));
        ProjectMerge done = world.as(moderator, () -> merging.recordOnPaper(merge, paper, true));
        assertEquals(MergeOutcome.MERGED, done.outcome());
        MergeConsent written = done.consentOf(paper).orElseThrow();
        assertTrue(written.onPaper() && written.consent());
        assertEquals("Марта Модераторка", written.recordedBy());
        BudgetProject joined = world.in(Actor.ANONYMOUS, () -> world.projects.view(paper));
        assertEquals(ProjectStatus.MERGED, joined.status());
        assertEquals(Long.valueOf(online), joined.mergedInto());
        assertTrue(actions(paper).containsAll(List.of("budget.merge.consent", "budget.merge.merged")));
        assertTrue(InContainer.auditOf("budget-project", paper).stream().anyMatch(a -> a.action().equals("budget.merge.consent")
                && a.summary().endsWith(", on paper")));
    }

    @Test
    void residentsOtherStagesOtherContestsOneProjectTwiceAndAnotherCommunityAreRefused() {
        BudgetWorld.InReview contest = world.inReview(moderator, List.of(resident, neighbour, resident), 0);
        long a = contest.projects().get(0);
        long b = contest.projects().get(1);
        long c = contest.projects().get(2);
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> merging.propose(a, b, REASON)));
        assertRefused(InvalidInputException.class, "budget.merge.itself", () -> world.as(moderator, () -> merging.propose(a, a, REASON)));
        assertRefused(InvalidInputException.class, "budget.review.reason.length", () -> world.as(moderator, () -> merging.propose(a, b,
                "Схожі")));
        assertRefused(InvalidInputException.class, "budget.merge.kept.required", () -> world.as(moderator, () -> merging.propose(a, null,
                REASON)));
        long elsewhere = world.inReview(moderator, resident, 1).projects().get(0);
        assertRefused(InvalidInputException.class, "budget.merge.other-contest", () -> world.as(moderator, () -> merging.propose(a,
                elsewhere, REASON)));

        BudgetWorld.OpenContest submitting = world.submitting(moderator);
        long early = world.as(resident, () -> world.submission.createDraft(submitting.id(), BudgetWorld.project(submitting.category(),
                "Рано на розгляд", 300_000))).id();
        long late = world.as(neighbour, () -> world.submission.createDraft(submitting.id(), BudgetWorld.project(submitting.category(),
                "Теж рано на розгляд", 400_000))).id();
        world.as(resident, () -> world.submission.submit(early));
        world.as(neighbour, () -> world.submission.submit(late));
        assertRefused(ConflictException.class, "budget.review.not-now", () -> world.as(moderator, () -> merging.propose(early, late, REASON)));

        BudgetWorld other = new BudgetWorld("merge-other");
        long otherModerator = other.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> merging.propose(a, b, REASON)));

        long open = world.as(moderator, () -> merging.propose(a, b, REASON)).id();
        assertRefused(ConflictException.class, "budget.merge.open-already", () -> world.as(moderator, () -> merging.propose(a, c, REASON)));
        assertRefused(ConflictException.class, "budget.merge.chain", () -> world.as(moderator, () -> merging.propose(c, a, REASON)));
        assertRefused(ConflictException.class, "budget.merge.chain", () -> world.as(moderator, () -> merging.propose(b, c, REASON)));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> merging.withdraw(open)));
        assertEquals(1, world.in(Actor.ANONYMOUS, () -> merging.of(b)).size());
        assertTrue(world.in(Actor.ANONYMOUS, () -> merging.of(c)).isEmpty(), "c is in no proposal");
    }

    @Test
    void fiveProposalsForOneProjectAtOnceLeaveOneOpen() throws Exception {
        BudgetWorld.InReview contest = world.inReview(moderator, List.of(resident, neighbour, resident, neighbour, resident, neighbour), 0);
        long absorbed = contest.projects().get(2);
        List<Long> others = contest.projects().stream().filter(p -> p != absorbed).toList();
        List<Object> answers = AtOnce.<Object>run(5, i -> () -> {
            try {
                return world.as(moderator, () -> merging.propose(absorbed, others.get(i), REASON));
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertEquals(1, answers.stream().filter(ProjectMerge.class::isInstance).count(), answers.toString());
        assertTrue(answers.stream().filter(a -> !(a instanceof ProjectMerge)).allMatch(a -> a instanceof ConflictException e
                && e.messageKey().equals("budget.merge.open-already")), answers.toString());
        assertEquals(1, InContainer.count("select count(*) from budget_merge where absorbed_id = ? and outcome is null", absorbed));
    }

    private List<String> told(long person) {
        return world.as(person, () -> InContainer.bean(Notices.class).mine(20)).stream().map(n -> n.subject()).toList();
    }

    private static List<String> actions(long project) {
        return InContainer.auditOf("budget-project", project).stream().map(AuditEntry::action).filter(a -> a.startsWith("budget.merge")
                || a.startsWith("budget.review")).toList();
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
