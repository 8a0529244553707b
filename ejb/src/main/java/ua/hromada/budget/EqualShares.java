package ua.hromada.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The Method of Equal Shares for approval ballots exactly as equalshares.net computes it ("Add1U":
 * cost utilities, equal payments, Add1 completion, integral and exhaustive, then greedy completion
 * by votes, no comparison step), in exact rational arithmetic.
 *
 * <p>Each value of the money tried by Add1 is one {@link EqualSharesRun}.
 */
final class EqualShares {
    private EqualShares() {
    }

    static Selection select(ApprovalElection election) {
        return select(election, true);
    }

    /** {@code withBounds} false: every comparison in exact rationals (for the tests, as for amounts too large for longs). */
    static Selection select(ApprovalElection election, boolean withBounds) {
        BigDecimal total = election.projects().stream().map(ApprovalElection.Project::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(election.budget()) <= 0) {
            List<Selection.Winner> everything = new ArrayList<>();
            VotesOrder.complete(election, everything, Set.of(), election.budget());
            return new Selection(SelectionRule.EQUAL_SHARES, everything, election.budget());
        }
        EqualSharesRun chosen;
        if (election.voters() == 0) {
            chosen = new EqualSharesRun(election, BigInteger.ZERO, withBounds);
        } else {
            // Add1: every voter starts with floor(B/n) whole hryvnias, one more each time while
            // the outcome is not exhaustive and the next one still fits the budget
            BigInteger each = election.budget().divide(BigDecimal.valueOf(election.voters()), 0, RoundingMode.FLOOR).toBigInteger();
            chosen = new EqualSharesRun(election, each, withBounds);
            while (!exhaustive(election, chosen.chosen())) {
                each = each.add(BigInteger.ONE);
                EqualSharesRun more = new EqualSharesRun(election, each, withBounds);
                if (cost(election, more.chosen()).compareTo(election.budget()) > 0) {
                    break;
                }
                chosen = more;
            }
        }
        Set<Integer> taken = chosen.chosen();
        List<Selection.Winner> winners = new ArrayList<>();
        chosen.shares().forEach((p, share) -> winners.add(new Selection.Winner(election.number(p), election.cost(p), election.approvals(p), share)));
        VotesOrder.complete(election, winners, taken, election.budget().subtract(cost(election, taken)));
        return new Selection(SelectionRule.EQUAL_SHARES, winners, election.budget());
    }

    /** Whether no approved project costing something outside {@code chosen} would still fit the budget. */
    private static boolean exhaustive(ApprovalElection election, Set<Integer> chosen) {
        BigDecimal left = election.budget().subtract(cost(election, chosen));
        for (int p = 0; p < election.projects().size(); p++) {
            if (!chosen.contains(p) && election.approvals(p) > 0 && election.cost(p).signum() > 0
                    && election.cost(p).compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal cost(ApprovalElection election, Collection<Integer> projects) {
        return projects.stream().map(election::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigFraction exactly(BigDecimal amount) {
        return amount.scale() <= 0 ? BigFraction.of(amount.toBigIntegerExact())
                : BigFraction.of(amount.unscaledValue(), BigInteger.TEN.pow(amount.scale()));
    }
}
