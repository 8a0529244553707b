package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.Money;

/**
 * What every channel's ballot goes through, in the caller's transaction: the contest must be
 * voting, the choices admitted and within each category's limits, and the choices are written
 * beside the ballot just inserted. Callers check who may cast it.
 */
@ApplicationScoped
public class BallotBox {
    @PersistenceContext
    EntityManager em;

    /** The current community's published contest, while it votes. */
    public Contest open(ContestReading contests, long contestId) {
        Contest contest = contests.view(contestId);
        if (contest.stage() != ContestStage.VOTING) {
            throw new ConflictException(contest.stage().compareTo(ContestStage.VOTING) < 0 ? "budget.vote.not-open" : "budget.vote.closed");
        }
        return contest;
    }

    /** The contest's projects on the ballot, by category and number. */
    public List<BudgetProject> admitted(long contestId) {
        return em.createQuery("select p from BudgetProject p where p.contestId = :contest and p.status = :admitted"
                + " order by p.categoryId, p.id", BudgetProject.class).setParameter("contest", contestId)
                .setParameter("admitted", ProjectStatus.ADMITTED).getResultList();
    }

    /** The chosen projects, each admitted in this contest, within each category's limits; refused with the category named. */
    public List<BudgetProject> check(Contest contest, List<ContestCategory> categories, Set<Long> projectIds) {
        if (projectIds == null || projectIds.isEmpty()) {
            throw new InvalidInputException("budget.vote.empty");
        }
        Map<Long, BudgetProject> admitted = admitted(contest.id()).stream().collect(Collectors.toMap(BudgetProject::id, p -> p));
        List<BudgetProject> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(projectIds)) {
            BudgetProject project = admitted.get(id);
            if (project == null) {
                throw new InvalidInputException("budget.vote.unknown-project", id);
            }
            chosen.add(project);
        }
        for (ContestCategory category : categories) {
            List<BudgetProject> in = chosen.stream().filter(p -> category.id().equals(p.categoryId())).toList();
            if (category.picks() != null && in.size() > category.picks()) {
                throw new InvalidInputException("budget.vote.too-many", category.name(), category.picks());
            }
            long cost = in.stream().mapToLong(BudgetProject::cost).sum();
            if (category.picks() == null && cost > category.budget()) {
                throw new InvalidInputException("budget.vote.over-budget", category.name(), new Money(cost), new Money(category.budget()));
            }
        }
        return chosen;
    }

    /** The choices of the ballot this transaction has just inserted. */
    public void choose(long contestId, List<BudgetProject> chosen) {
        long ballot = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        for (BudgetProject project : chosen) {
            em.createNativeQuery("insert into budget_ballot_choice (ballot_id, project_id, contest_id, category_id) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, ballot).setParameter(2, project.id()).setParameter(3, contestId).setParameter(4, project.categoryId())
                    .executeUpdate();
        }
    }
}
