package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.ConflictException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.ResidencyKind;

/**
 * Preliminary support, the signing pattern: a resident the contest admits supports a submitted
 * project once while the support lasts (the primary key decides; no counter row is updated, so
 * supports at once never wait on each other); counts are read; when the review begins, projects
 * with enough supporters enter it and the rest are not supported, in one statement.
 */
@Stateless
public class ProjectSupport {
    // the person's row read in share mode, as every insert of a person's record does (People.holdOpen)
    private static final String INSERT = "insert ignore into budget_support (project_id, person_id, community_id, residency, supported_at)"
            + " select ?1, p.id, ?2, ?3, ?4 from person p where p.id = ?5 and p.deleted_at is null and p.merged_into is null"
            + " lock in share mode";
    private static final String SETTLE = "update budget_project p set p.status = case when (select count(*) from budget_support s"
            + " where s.project_id = p.id) >= ?2 then 'IN_REVIEW' else 'UNSUPPORTED' end where p.contest_id = ?1 and p.status = 'SUBMITTED'";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectReading reading;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Residents the contest admits, during its preliminary support: supports someone else's submitted project, once. */
    public void support(long projectId) {
        BudgetProject project = reading.view(projectId);
        Contest contest = contests.find(project.contestId());
        permissions.require(BudgetAction.SUPPORT, contest);
        if (contest.stage() != ContestStage.SUPPORT) {
            throw new ConflictException(contest.stage().compareTo(ContestStage.SUPPORT) < 0 ? "budget.support.not-open"
                    : "budget.support.closed");
        }
        if (project.status() != ProjectStatus.SUBMITTED) {
            throw new ConflictException("budget.support.not-submitted");
        }
        Actor actor = Acting.current();
        if (actor.personId().equals(project.authorId())) {
            throw new ConflictException("budget.support.own");
        }
        int added = em.createNativeQuery(INSERT).setParameter(1, projectId).setParameter(2, contest.communityId())
                .setParameter(3, ResidencyKind.of(actor.rolesIn(contest.communityId())).name()).setParameter(4, clock.instant())
                .setParameter(5, actor.personId()).executeUpdate();
        if (added == 0) {
            throw new ConflictException("budget.support.twice");
        }
    }

    /** Anyone: how many support the project. */
    public long count(long projectId) {
        return ((Number) em.createNativeQuery("select count(*) from budget_support where project_id = ?1").setParameter(1, projectId)
                .getSingleResult()).longValue();
    }

    /** Anyone: the supporters of each of these projects (those with none are left out), in one query. */
    public Map<Long, Long> counts(List<Long> projectIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (projectIds.isEmpty()) {
            return counts;
        }
        for (Object r : em.createNativeQuery("select project_id, count(*) from budget_support where project_id in (?1) group by project_id")
                .setParameter(1, projectIds).getResultList()) {
            Object[] row = (Object[]) r;
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Whether the signed-in person supports the project. */
    public boolean supportedByMe(long projectId) {
        if (!Acting.current().isSignedIn()) {
            return false;
        }
        return !em.createNativeQuery("select 1 from budget_support where project_id = ?1 and person_id = ?2").setParameter(1, projectId)
                .setParameter(2, Acting.current().personId()).getResultList().isEmpty();
    }

    /** {@link Contests#advance} only, as the review begins (in the sweeper's transaction): each submitted project enters review or is not supported. */
    public void settle(Contest contest) {
        int settled = em.createNativeQuery(SETTLE).setParameter(1, contest.id()).setParameter(2, contest.supportersNeeded()).executeUpdate();
        audit.record(contest.communityId(), "budget.support.settle", Contests.OBJECT, contest.id(), settled + " projects settled, "
                + contest.supportersNeeded() + " supporters needed");
    }
}
