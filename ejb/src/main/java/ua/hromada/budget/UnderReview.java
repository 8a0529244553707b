package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.NotFoundException;

/**
 * The review's projects as its beans change them, in the caller's transaction: public projects of
 * the current community, their rows locked and read again, while their contest is in its review
 * stage. Several are locked in id order, so two changes at once never deadlock.
 */
@ApplicationScoped
class UnderReview {
    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    /** The project, locked, for its contest's reviewers during the review. */
    BudgetProject lock(long projectId) {
        return locked(List.of(reviewable(projectId))).get(0);
    }

    /** The two projects in the order given, locked, for their contests' reviewers during the review. */
    List<BudgetProject> lock(long first, long second) {
        return locked(List.of(reviewable(first), reviewable(second)));
    }

    /** The public project of the current community (404 for anything else). */
    BudgetProject find(long projectId) {
        long community = contests.community().id();
        BudgetProject project = em.find(BudgetProject.class, projectId);
        if (project == null || project.communityId() != community || !project.isPublic()) {
            throw new NotFoundException("budget.project.not-found", projectId);
        }
        return project;
    }

    /** The projects locked (in id order) and read again, while their contests are in review; who may act is checked before. */
    List<BudgetProject> locked(List<BudgetProject> projects) {
        projects.stream().distinct().sorted(Comparator.comparing(BudgetProject::id)).forEach(p -> em.refresh(p, LockModeType.PESSIMISTIC_WRITE));
        for (BudgetProject project : projects) {
            if (contests.find(project.contestId()).stage() != ContestStage.REVIEW) {
                throw new ConflictException("budget.review.not-now");
            }
        }
        return projects;
    }

    /** The public project of the current community, for its contest's reviewers; not locked. */
    BudgetProject reviewable(long projectId) {
        BudgetProject project = find(projectId);
        permissions.require(BudgetAction.REVIEW, contests.find(project.contestId()));
        return project;
    }
}
