package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import ua.hromada.core.ConflictException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;

/**
 * A contest's results once its voting is over: per category, its admitted projects as an
 * approval vote of the ballots that chose in it, the winners under the contest's rule. They are
 * computed once, when the results stage begins, and stored ({@link ResultsRecord}); pages read the
 * stored ones (the most recently read kept in {@link ResultsCache}), and a moderator's recheck
 * computes them again from the ballots and says whether the winners are the same.
 */
@Stateless
public class ContestResults {
    /** One project's line: its approvals, and whether (and with what share per supporter, for equal shares) it won. */
    public record Line(BudgetProject project, int approvals, boolean winner, BigFraction equalShare) {
        /** The equal share each supporter paid, to the nearest kopeck for reading (null where the rule set none). */
        public Long shareKopecks() {
            return equalShare == null ? null : equalShare.bigDecimalValue(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        }
    }

    /**
     * One category's results: its voters, the money its winners take, its projects (winners first
     * in the rule's order), and the numbers of the projects the other rule would have chosen, for comparison.
     */
    public record CategoryResult(ContestCategory category, int voters, long funded, List<Line> lines, SelectionRule otherRule,
            List<String> otherRuleWinners) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    ResultsCache cache;

    @Inject
    ResultsRecord record;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Anyone, once the contest's results stage has begun: its results by category (404 before: nothing is shown early). */
    public List<CategoryResult> of(long contestId) {
        Contest contest = contests.view(contestId);
        if (contest.stage().compareTo(ContestStage.RESULTS) < 0) {
            throw new NotFoundException("budget.results.not-yet", contestId);
        }
        return cache.of(contestId, () -> record.load(contest, contests.categories(contestId)).orElseGet(() -> compute(contest)));
    }

    /**
     * The sweeper as the results stage begins, and the pabulib import: computes the contest's
     * results and stores them (results stored before stay as they are), in the caller's transaction.
     */
    public List<CategoryResult> close(Contest contest) {
        return record.load(contest, contests.categories(contest.id())).orElseGet(() -> {
            List<CategoryResult> computed = compute(contest);
            record.store(contest, computed, clock.instant());
            return computed;
        });
    }

    /**
     * The contest's moderators, once its results are stored: computes them again from the ballots
     * and answers the names of the categories whose winners (by either rule) differ from the
     * stored ones; none means the same winners. Audited either way.
     */
    public List<String> recheck(long contestId) {
        Contest contest = contests.find(contestId);
        permissions.require(BudgetAction.MANAGE, contest);
        List<CategoryResult> stored = record.load(contest, contests.categories(contestId))
                .orElseThrow(() -> new ConflictException("budget.results.not-stored"));
        List<CategoryResult> again = compute(contest);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            if (!winners(stored.get(i)).equals(winners(again.get(i))) || !stored.get(i).otherRuleWinners().equals(again.get(i)
                    .otherRuleWinners())) {
                differ.add(stored.get(i).category().name());
            }
        }
        audit.record(contest.communityId(), "budget.results.recheck", Contests.OBJECT, contestId, differ.isEmpty() ? "the same winners"
                : "winners differ in " + String.join(", ", differ));
        return differ;
    }

    private static List<Long> winners(CategoryResult result) {
        return result.lines().stream().filter(Line::winner).map(l -> l.project().id()).toList();
    }

    private List<CategoryResult> compute(Contest contest) {
        List<BudgetProject> admitted = voting.admitted(contest.id());
        List<CategoryResult> results = new ArrayList<>();
        for (ContestCategory category : contests.categories(contest.id())) {
            List<BudgetProject> projects = admitted.stream().filter(p -> category.id().equals(p.categoryId())).toList();
            Map<Long, Integer> index = new HashMap<>();
            Map<String, Integer> byNumber = new HashMap<>();
            List<ApprovalElection.Project> ballot = new ArrayList<>();
            for (BudgetProject p : projects) {
                index.put(p.id(), ballot.size());
                byNumber.put(p.number(), ballot.size());
                ballot.add(new ApprovalElection.Project(p.number(), BigDecimal.valueOf(p.cost(), 2)));
            }
            List<int[]> ballots = ballots(contest.id(), category.id(), index);
            BigDecimal budget = BigDecimal.valueOf(category.budget(), 2);
            ApprovalElection election = new ApprovalElection(budget, ballot, ballots);
            Selection selection = election.select(contest.rule());
            List<Line> lines = new ArrayList<>();
            Set<Integer> won = new HashSet<>();
            for (Selection.Winner w : selection.winners()) {
                int at = byNumber.get(w.number());
                won.add(at);
                lines.add(new Line(projects.get(at), election.approvals(at), true, w.equalShare()));
            }
            for (int at : election.inVotesOrder()) {
                if (!won.contains(at)) {
                    lines.add(new Line(projects.get(at), election.approvals(at), false, null));
                }
            }
            long funded = lines.stream().filter(Line::winner).mapToLong(l -> l.project().cost()).sum();
            SelectionRule other = contest.rule() == SelectionRule.BY_VOTES ? SelectionRule.EQUAL_SHARES : SelectionRule.BY_VOTES;
            results.add(new CategoryResult(category, election.voters(), funded, List.copyOf(lines), other, election.select(other).numbers()));
        }
        return List.copyOf(results);
    }

    /** Anyone, once the results stage has begun: the category's ballots that chose in it, each as its chosen projects' numbers. */
    public List<List<String>> ballotsOf(long contestId, long categoryId) {
        Contest contest = contests.view(contestId);
        if (contest.stage().compareTo(ContestStage.RESULTS) < 0) {
            throw new NotFoundException("budget.results.not-yet", contestId);
        }
        List<BudgetProject> projects = voting.admitted(contestId).stream().filter(p -> p.categoryId() == categoryId).toList();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            index.put(projects.get(i).id(), i);
        }
        return ballots(contestId, categoryId, index).stream().map(b -> java.util.Arrays.stream(b).mapToObj(i -> projects.get(i).number())
                .toList()).toList();
    }

    /** The category's ballots that chose in it, each as the indices of its chosen projects. */
    private List<int[]> ballots(long contestId, long categoryId, Map<Long, Integer> index) {
        List<int[]> ballots = new ArrayList<>();
        long current = -1;
        List<Integer> chosen = new ArrayList<>();
        for (Object r : em.createNativeQuery("select ballot_id, project_id from budget_ballot_choice where contest_id = ?1 and category_id = ?2"
                + " order by ballot_id").setParameter(1, contestId).setParameter(2, categoryId).getResultList()) {
            Object[] row = (Object[]) r;
            long ballot = ((Number) row[0]).longValue();
            if (ballot != current && !chosen.isEmpty()) {
                ballots.add(chosen.stream().mapToInt(Integer::intValue).toArray());
                chosen.clear();
            }
            current = ballot;
            Integer at = index.get(((Number) row[1]).longValue());
            if (at != null) {
                chosen.add(at);
            }
        }
        if (!chosen.isEmpty()) {
            ballots.add(chosen.stream().mapToInt(Integer::intValue).toArray());
        }
        return ballots;
    }
}
