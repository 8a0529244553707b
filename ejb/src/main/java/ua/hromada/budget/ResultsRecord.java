package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A contest's results as stored when they were computed at its close ({@code budget_result},
 * {@code budget_result_line}), in the caller's transaction: written once, read back as the
 * results the pages show. Native SQL: these rows are the record, not entities with a life of their own.
 */
@ApplicationScoped
public class ResultsRecord {
    @PersistenceContext
    EntityManager em;

    /** Stores the contest's results (its rule's lines per category and the other rule's winners). */
    public void store(Contest contest, List<ContestResults.CategoryResult> results, Instant now) {
        for (ContestResults.CategoryResult r : results) {
            em.createNativeQuery("insert into budget_result (contest_id, category_id, voters, computed_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, contest.id()).setParameter(2, r.category().id()).setParameter(3, r.voters()).setParameter(4, now)
                    .executeUpdate();
            int position = 0;
            for (ContestResults.Line line : r.lines()) {
                BigFraction share = line.equalShare();
                line(contest.id(), r.category().id(), contest.rule(), position++, line.project().id(), line.approvals(), line.winner(),
                        share == null ? null : share.getNumerator() + "/" + share.getDenominator());
            }
            Map<String, Long> byNumber = r.lines().stream().collect(Collectors.toMap(l -> l.project().number(), l -> l.project().id()));
            Map<Long, Integer> approvals = r.lines().stream().collect(Collectors.toMap(l -> l.project().id(), ContestResults.Line::approvals));
            position = 0;
            for (String number : r.otherRuleWinners()) {
                long project = byNumber.get(number);
                line(contest.id(), r.category().id(), r.otherRule(), position++, project, approvals.get(project), true, null);
            }
        }
    }

    /** The contest's stored results in its categories' order, or empty when none were stored (a contest closed before they were). */
    public Optional<List<ContestResults.CategoryResult>> load(Contest contest, List<ContestCategory> categories) {
        Map<Long, Integer> voters = new HashMap<>();
        for (Object r : em.createNativeQuery("select category_id, voters from budget_result where contest_id = ?1").setParameter(1,
                contest.id()).getResultList()) {
            Object[] row = (Object[]) r;
            voters.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        if (voters.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, BudgetProject> projects = em.createQuery("select p from BudgetProject p where p.contestId = :contest", BudgetProject.class)
                .setParameter("contest", contest.id()).getResultStream().collect(Collectors.toMap(BudgetProject::id, Function.identity()));
        Map<Long, List<ContestResults.Line>> lines = new HashMap<>();
        Map<Long, List<String>> others = new HashMap<>();
        for (Object r : em.createNativeQuery("select category_id, rule, project_id, approvals, winner, share from budget_result_line"
                + " where contest_id = ?1 order by category_id, rule, position").setParameter(1, contest.id()).getResultList()) {
            Object[] row = (Object[]) r;
            long category = ((Number) row[0]).longValue();
            BudgetProject project = projects.get(((Number) row[2]).longValue());
            if (SelectionRule.valueOf((String) row[1]) == contest.rule()) {
                lines.computeIfAbsent(category, k -> new ArrayList<>()).add(new ContestResults.Line(project, ((Number) row[3]).intValue(),
                        Boolean.TRUE.equals(row[4]) || Integer.valueOf(1).equals(row[4]), fraction((String) row[5])));
            } else {
                others.computeIfAbsent(category, k -> new ArrayList<>()).add(project.number());
            }
        }
        SelectionRule other = contest.rule() == SelectionRule.BY_VOTES ? SelectionRule.EQUAL_SHARES : SelectionRule.BY_VOTES;
        List<ContestResults.CategoryResult> results = new ArrayList<>();
        for (ContestCategory category : categories) {
            List<ContestResults.Line> own = List.copyOf(lines.getOrDefault(category.id(), List.of()));
            long funded = own.stream().filter(ContestResults.Line::winner).mapToLong(l -> l.project().cost()).sum();
            results.add(new ContestResults.CategoryResult(category, voters.getOrDefault(category.id(), 0), funded, own, other,
                    List.copyOf(others.getOrDefault(category.id(), List.of()))));
        }
        return Optional.of(List.copyOf(results));
    }

    private void line(long contest, long category, SelectionRule rule, int position, long project, int approvals, boolean winner,
            String share) {
        // a share that is none is written as SQL null, not bound: a null parameter has no type to bind it by
        var insert = em.createNativeQuery("insert into budget_result_line (contest_id, category_id, rule, position, project_id, approvals,"
                + " winner, share) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, " + (share == null ? "null" : "?8") + ")").setParameter(1, contest)
                .setParameter(2, category).setParameter(3, rule.name()).setParameter(4, position).setParameter(5, project)
                .setParameter(6, approvals).setParameter(7, winner);
        if (share != null) {
            insert.setParameter(8, share);
        }
        insert.executeUpdate();
    }

    private static BigFraction fraction(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("/");
        return BigFraction.of(new BigInteger(parts[0]), new BigInteger(parts[1]));
    }
}
