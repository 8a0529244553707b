package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.MessageKey;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.People;

/**
 * The moderators' review of a contest's projects during its review stage: each check
 * (feasibility, legal, cost) recorded with a comment, the cost corrected with a reason (the
 * author's own total kept), and the project admitted to the ballot (every check passed) or
 * rejected with a reason; all public on the project's page and audited. Each change locks the
 * project's row, so two moderators' decisions never both land; a decision waits while a merge of
 * the project is proposed ({@link ProjectMerging}).
 */
@Stateless
public class ProjectReview {
    static final String OBJECT = ProjectSubmission.OBJECT;
    private static final ConsoleTable<BudgetProject> QUEUE = ConsoleTable.of(BudgetProject.class, "p",
            "p.contestId = :contest and p.status = :inReview").parameter("inReview", ProjectStatus.IN_REVIEW)
            .search("p.title", "p.authorName", "p.number").sort("submitted", "p.submittedAt").sort("title", "p.title")
            .sort("cost", "p.cost").build();

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    UnderReview underReview;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    People people;

    @Inject
    ProjectNotices notices;

    @Inject
    Clock clock;

    /** Moderators: the contest's projects waiting for their decision, oldest submitted first. */
    public TableRows<BudgetProject> queue(long contestId, TableQuery query) {
        Contest contest = contests.find(contestId);
        permissions.require(BudgetAction.REVIEW, contest);
        return QUEUE.fetch(em, query, Map.of("contest", contestId));
    }

    /** Anyone who may read the project: its review's checks so far, in the kinds' order. */
    public List<ProjectCheck> checks(long projectId) {
        return em.createNamedQuery(ProjectCheck.OF_PROJECT, ProjectCheck.class).setParameter("project", projectId).getResultStream()
                .sorted(Comparator.comparing(ProjectCheck::kind)).toList();
    }

    /** Moderators, during the review: records one check (again: it changes) with its comment. */
    public ProjectCheck check(long projectId, CheckKind kind, boolean passed, String comment) {
        BudgetProject project = inReview(projectId);
        ProjectCheck check = checks(projectId).stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
        boolean fresh = check == null;
        if (fresh) {
            check = new ProjectCheck(projectId, kind);
        }
        check.record(passed, comment, people.signature(), clock.instant());
        if (fresh) {
            em.persist(check);
        }
        audit.record(project.communityId(), "budget.review.check", OBJECT, projectId, kind + (passed ? " passed" : " failed") + ": "
                + check.comment());
        return check;
    }

    /** Moderators, during the review: corrects the project's cost with a reason; the author's total stays on the page. */
    public BudgetProject correctCost(long projectId, long kopecks, String reason) {
        BudgetProject project = inReview(projectId);
        long before = project.cost();
        project.correctCost(kopecks, reason, clock.instant());
        audit.record(project.communityId(), "budget.review.cost", OBJECT, projectId, before + " → " + kopecks + ": " + project.costNote());
        return project;
    }

    /** Moderators, during the review: admits the project to the ballot once every check is recorded as passed (no merge pending). */
    public BudgetProject admit(long projectId) {
        BudgetProject project = decidable(projectId);
        List<ProjectCheck> checks = checks(projectId);
        for (CheckKind kind : CheckKind.values()) {
            Optional<ProjectCheck> check = checks.stream().filter(c -> c.kind() == kind).findFirst();
            if (check.isEmpty()) {
                throw new InvalidInputException("budget.review.check-missing", new MessageKey(kind.labelKey()));
            }
            if (!check.get().passed()) {
                throw new InvalidInputException("budget.review.check-failed", new MessageKey(kind.labelKey()));
            }
        }
        project.admit(people.signature(), clock.instant());
        audit.record(project.communityId(), "budget.review.admit", OBJECT, projectId, "number " + project.number() + ", cost " + project.cost());
        notices.tellAuthor(contests.community(), project, "admitted", null);
        return project;
    }

    /** Moderators, during the review: rejects the project with a public reason (no merge pending). */
    public BudgetProject reject(long projectId, String reason) {
        BudgetProject project = decidable(projectId);
        project.reject(reason, people.signature(), clock.instant());
        audit.record(project.communityId(), "budget.review.reject", OBJECT, projectId, project.decisionReason());
        notices.tellAuthor(contests.community(), project, "rejected", project.decisionReason());
        return project;
    }

    /** The project of the current community, its row locked, while its contest is in review; for its contest's reviewers. */
    private BudgetProject inReview(long projectId) {
        return underReview.lock(projectId);
    }

    /** The decision waits while a merge of the project is proposed: the authors answer, or a reviewer withdraws it. */
    private BudgetProject decidable(long projectId) {
        BudgetProject project = inReview(projectId);
        if (em.createNamedQuery(ProjectMerge.OPEN_OF, Long.class).setParameter("project", projectId).getSingleResult() > 0) {
            throw new ConflictException("budget.merge.pending");
        }
        return project;
    }
}
