package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;

/**
 * The implementation of winning projects, public: when a contest's results are final its winners'
 * implementation is planned; moderators then keep each one's status, money spent and milestones,
 * and everyone following the project is told of each change (one set-based notice).
 */
@Stateless
public class Implementation {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    ProjectReading projects;

    @Inject
    BudgetPermissions permissions;

    @Inject
    ProjectNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** {@link Contests#advance} and the pabulib import only, with the results just stored: the winners' implementation is planned. */
    public void markWinners(Contest contest, List<ContestResults.CategoryResult> results) {
        Instant now = clock.instant();
        int won = 0;
        for (ContestResults.CategoryResult category : results) {
            for (ContestResults.Line line : category.lines()) {
                if (line.winner()) {
                    em.find(BudgetProject.class, line.project().id()).won(now);
                    won++;
                }
            }
        }
        audit.record(contest.communityId(), "budget.implementation.winners", Contests.OBJECT, contest.id(), won + " winning projects");
    }

    /** Moderators: a winning project's status, money spent so far and a public note; its followers are told. */
    public BudgetProject track(long projectId, ImplementationStatus status, long spentKopecks, String note) {
        BudgetProject project = locked(projectId);
        project.track(status, spentKopecks, note, clock.instant());
        audit.record(project.communityId(), "budget.implementation.track", ProjectSubmission.OBJECT, projectId, status + ", spent "
                + spentKopecks);
        notices.tellFollowers(contests.community(), project, "status." + status.name(), null);
        return project;
    }

    /** Moderators: adds a milestone to a winning project (at most {@value Milestone#PER_PROJECT}). */
    public Milestone addMilestone(long projectId, String title, LocalDate dueOn) {
        BudgetProject project = locked(projectId);
        if (project.implementation() == null) {
            throw new ConflictException("budget.implementation.not-won");
        }
        if (milestones(projectId).size() >= Milestone.PER_PROJECT) {
            throw new InvalidInputException("budget.milestone.too-many", Milestone.PER_PROJECT);
        }
        Milestone milestone = new Milestone(projectId, title, dueOn, clock.instant());
        em.persist(milestone);
        em.flush();
        audit.record(project.communityId(), "budget.milestone.add", ProjectSubmission.OBJECT, projectId, "\"" + milestone.title() + "\" by "
                + dueOn);
        return milestone;
    }

    /** Moderators: a milestone is done on {@code day}; the project's followers are told. */
    public Milestone milestoneDone(long projectId, long milestoneId, LocalDate day) {
        BudgetProject project = locked(projectId);
        Milestone milestone = milestones(projectId).stream().filter(m -> m.id() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFoundException("budget.milestone.not-found", milestoneId));
        milestone.done(day, LocalDate.ofInstant(clock.instant(), contests.community().zone()));
        audit.record(project.communityId(), "budget.milestone.done", ProjectSubmission.OBJECT, projectId, "\"" + milestone.title() + "\" on "
                + day);
        notices.tellFollowers(contests.community(), project, "milestone", milestone.title());
        return milestone;
    }

    /** Anyone who may read the project: its milestones by due date. */
    public List<Milestone> milestones(long projectId) {
        return em.createNamedQuery(Milestone.OF_PROJECT, Milestone.class).setParameter("project", projectId).getResultList();
    }

    /** Anyone signed in: follows a winning project's updates (again: nothing). */
    public void follow(long projectId) {
        BudgetProject project = projects.view(projectId);
        permissions.require(BudgetAction.FOLLOW, project.communityId());
        if (project.implementation() == null) {
            throw new ConflictException("budget.implementation.not-won");
        }
        em.createNativeQuery("insert ignore into budget_follower (project_id, person_id, community_id, followed_at) select ?1, p.id, ?2, ?3"
                + " from person p where p.id = ?4 and p.deleted_at is null and p.merged_into is null lock in share mode")
                .setParameter(1, projectId).setParameter(2, project.communityId()).setParameter(3, clock.instant())
                .setParameter(4, Acting.current().personId()).executeUpdate();
    }

    /** The follower: stops following. */
    public void unfollow(long projectId) {
        BudgetProject project = projects.view(projectId);
        permissions.require(BudgetAction.FOLLOW, project.communityId());
        em.createNativeQuery("delete from budget_follower where project_id = ?1 and person_id = ?2").setParameter(1, projectId)
                .setParameter(2, Acting.current().personId()).executeUpdate();
    }

    /** Whether the signed-in person follows the project. */
    public boolean followedByMe(long projectId) {
        return Acting.current().isSignedIn() && !em.createNativeQuery("select 1 from budget_follower where project_id = ?1 and person_id = ?2")
                .setParameter(1, projectId).setParameter(2, Acting.current().personId()).getResultList().isEmpty();
    }

    /** A winning-or-not public project of the current community, its row locked, for the moderators. */
    private BudgetProject locked(long projectId) {
        long community = contests.community().id();
        permissions.require(BudgetAction.IMPLEMENT, community);
        BudgetProject project = em.find(BudgetProject.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null || project.communityId() != community || !project.isPublic()) {
            throw new NotFoundException("budget.project.not-found", projectId);
        }
        return project;
    }
}
