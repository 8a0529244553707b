package ua.hromada.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The implementation of equal shares before {@link EqualSharesRun}, kept in the test tree as a
 * second reference (and to time against): the Method of Equal Shares for approval ballots exactly
 * as equalshares.net computes it ("Add1U": cost utilities, equal payments, Add1 completion, integral
 * and exhaustive, then greedy completion by votes, no comparison step), in exact rational arithmetic.
 *
 * <p>Each voter's money is held as a count per distinct amount for every project still in the
 * running (voters who paid the same shares hold the same amount, so a project's supporters are a
 * few amounts with counts, not one entry per voter): a project's equal share then walks a handful of
 * amounts, and paying touches only the winner's supporters. Every Add1 step is a full run in
 * BigFraction, whose denominators grow round after round: minutes for 10,000 voters.
 */
final class GroupedEqualShares {
    private GroupedEqualShares() {
    }

    static Selection select(ApprovalElection election) {
        BigDecimal total = election.projects().stream().map(ApprovalElection.Project::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(election.budget()) <= 0) {
            List<Selection.Winner> everything = new ArrayList<>();
            VotesOrder.complete(election, everything, Set.of(), election.budget());
            return new Selection(SelectionRule.EQUAL_SHARES, everything, election.budget());
        }
        Map<Integer, BigFraction> chosen;
        if (election.voters() == 0) {
            chosen = new Run(election, BigFraction.ZERO).chosen();
        } else {
            // Add1: every voter starts with floor(B/n) whole hryvnias, one more each time while
            // the outcome is not exhaustive and the next one still fits the budget
            BigInteger each = election.budget().divide(BigDecimal.valueOf(election.voters()), 0, RoundingMode.FLOOR).toBigInteger();
            chosen = new Run(election, BigFraction.of(each)).chosen();
            while (!exhaustive(election, chosen.keySet())) {
                each = each.add(BigInteger.ONE);
                Map<Integer, BigFraction> more = new Run(election, BigFraction.of(each)).chosen();
                if (cost(election, more.keySet()).compareTo(election.budget()) > 0) {
                    break;
                }
                chosen = more;
            }
        }
        List<Selection.Winner> winners = new ArrayList<>();
        chosen.forEach((p, share) -> winners.add(new Selection.Winner(election.number(p), election.cost(p), election.approvals(p), share)));
        VotesOrder.complete(election, winners, chosen.keySet(), election.budget().subtract(cost(election, chosen.keySet())));
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

    /** MES(b): one run with every voter's money {@code each}. */
    private static final class Run {
        private final ApprovalElection election;
        private final BigFraction[] money;
        private final BigFraction[] costs;
        /**
         * per project in the running: its supporters' amounts of money (above zero) and how many
         * hold each; by identity, since voters who paid alike share one amount object (two equal
         * amounts reached apart stay two groups, which the walk handles the same)
         */
        private final Map<Integer, Map<BigFraction, int[]>> held = new HashMap<>();
        /**
         * per project, its price per unit of cost (share / cost) when last computed: money only
         * shrinks in a run, so it never falls, and a project whose last price is already above the
         * best one found this round need not be computed again (equalshares.net does the same)
         */
        private final BigFraction[] lastPrice;
        /** the winners in the order chosen, each with its equal share (zero for a project costing nothing) */
        private final Map<Integer, BigFraction> chosen = new LinkedHashMap<>();

        Run(ApprovalElection election, BigFraction each) {
            this.election = election;
            int projects = election.projects().size();
            money = new BigFraction[election.voters()];
            Arrays.fill(money, each);
            costs = new BigFraction[projects];
            lastPrice = new BigFraction[projects];
            for (int p = 0; p < projects; p++) {
                costs[p] = EqualShares.exactly(election.cost(p));
                lastPrice[p] = BigFraction.ZERO;
                if (costs[p].signum() == 0) {
                    chosen.put(p, BigFraction.ZERO);
                } else if (election.approvals(p) > 0) {
                    Map<BigFraction, int[]> amounts = new IdentityHashMap<>();
                    if (each.signum() > 0) {
                        amounts.put(each, new int[] {election.approvals(p)});
                    }
                    held.put(p, amounts);
                }
            }
        }

        /**
         * Each round the project with the lowest price per unit of cost (the largest effective vote
         * count, cost / share); ties: the lower cost, more approvals, the lower number.
         */
        Map<Integer, BigFraction> chosen() {
            while (!held.isEmpty()) {
                List<Integer> running = new ArrayList<>(held.keySet());
                running.sort(Comparator.<Integer, BigFraction>comparing(p -> lastPrice[p]).thenComparing(this::precedence));
                Integer best = null;
                BigFraction bestShare = null;
                for (int p : running) {
                    if (best != null) {
                        int bound = lastPrice[p].compareTo(lastPrice[best]);
                        if (bound > 0 || bound == 0 && precedence(best, p) < 0) {
                            break; // this one and every later one cannot beat the best
                        }
                    }
                    BigFraction share = equalShare(costs[p], held.get(p));
                    if (share == null) {
                        held.remove(p); // its supporters cannot pay for it in this run
                        continue;
                    }
                    lastPrice[p] = share.divide(costs[p]);
                    if (best == null) {
                        best = p;
                        bestShare = share;
                        continue;
                    }
                    int byPrice = lastPrice[p].compareTo(lastPrice[best]);
                    if (byPrice < 0 || byPrice == 0 && precedence(p, best) < 0) {
                        best = p;
                        bestShare = share;
                    }
                }
                if (best == null) {
                    break;
                }
                held.remove(best);
                chosen.put(best, bestShare);
                pay(best, bestShare);
            }
            return chosen;
        }

        /** Between equal prices: the lower cost, then more approvals, then the lower number. */
        private int precedence(int a, int b) {
            int byCost = costs[a].compareTo(costs[b]);
            if (byCost != 0) {
                return byCost;
            }
            if (election.approvals(a) != election.approvals(b)) {
                return election.approvals(a) > election.approvals(b) ? -1 : 1;
            }
            return ProjectNumbers.ORDER.compare(election.number(a), election.number(b));
        }

        /**
         * The q with the sum of min(money, q) over the supporters equal to the cost, or null when
         * their money together is less than the cost. Supporters with the same amount go together:
         * when the share is above one of them it is above all of them.
         */
        private static BigFraction equalShare(BigFraction cost, Map<BigFraction, int[]> amounts) {
            BigFraction[] ascending = amounts.keySet().toArray(BigFraction[]::new);
            Arrays.sort(ascending);
            long supporters = 0;
            for (int[] holders : amounts.values()) {
                supporters += holders[0];
            }
            BigFraction paid = BigFraction.ZERO;
            for (BigFraction amount : ascending) {
                BigFraction share = cost.subtract(paid).divide(BigFraction.of(supporters));
                if (share.compareTo(amount) <= 0) {
                    return share;
                }
                int holders = amounts.get(amount)[0];
                paid = paid.add(amount.multiply(holders));
                supporters -= holders;
            }
            return null; // all they have is less than the cost
        }

        private void pay(int winner, BigFraction share) {
            Map<BigFraction, BigFraction> after = new IdentityHashMap<>();
            for (int voter : election.supporters(winner)) {
                BigFraction before = money[voter];
                if (before.signum() == 0) {
                    continue;
                }
                BigFraction left = after.computeIfAbsent(before, m -> m.compareTo(share) <= 0 ? BigFraction.ZERO : m.subtract(share));
                money[voter] = left;
                for (int p : election.ballot(voter)) {
                    Map<BigFraction, int[]> amounts = held.get(p);
                    if (amounts == null) {
                        continue;
                    }
                    int[] holders = amounts.get(before);
                    if (--holders[0] == 0) {
                        amounts.remove(before);
                    }
                    if (left.signum() > 0) {
                        amounts.computeIfAbsent(left, m -> new int[1])[0]++;
                    }
                }
            }
        }
    }
}
