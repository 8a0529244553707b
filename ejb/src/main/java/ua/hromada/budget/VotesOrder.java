package ua.hromada.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule by votes: projects by approvals (ties: the lower cost, then the lower number), each
 * taken if its cost still fits what is left of the budget, otherwise skipped for the next;
 * projects nobody approved come last and are taken if they still fit.
 */
final class VotesOrder {
    private VotesOrder() {
    }

    static Selection select(ApprovalElection election) {
        List<Selection.Winner> winners = new ArrayList<>();
        complete(election, winners, Set.of(), election.budget());
        return new Selection(SelectionRule.BY_VOTES, winners, election.budget());
    }

    /**
     * Adds to {@code winners}, in the votes order, each project not in {@code taken} whose cost
     * still fits {@code left} (also the completion of equal shares).
     */
    static void complete(ApprovalElection election, List<Selection.Winner> winners, Set<Integer> taken, BigDecimal left) {
        for (int p : election.inVotesOrder()) {
            if (!taken.contains(p) && election.cost(p).compareTo(left) <= 0) {
                left = left.subtract(election.cost(p));
                winners.add(new Selection.Winner(election.number(p), election.cost(p), election.approvals(p), null));
            }
        }
    }
}
