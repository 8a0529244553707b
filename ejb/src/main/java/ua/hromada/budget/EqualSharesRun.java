package ua.hromada.budget;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * MES(b): one run of equal shares with every voter's money {@code each} whole hryvnias. Each round
 * the project with the lowest price per unit of cost (equal share / cost) wins; ties go to the
 * lower cost, then more approvals, then the lower number (then the earlier project, for numbers
 * given twice); its supporters pay, and the run ends when no project left is affordable.
 *
 * <p>Money is counted in the costs' smallest decimal place, so costs and the starting money are
 * integers; voters hold {@link Purses}, and each project in the running counts its supporters per
 * purse. Prices and comparisons use the purses' integer bounds and fall back to exact rationals
 * only where the bounds cannot decide, so the outcome is the exact one.
 */
final class EqualSharesRun {
    private final ApprovalElection election;
    private final BigInteger unitsPerHryvnia;
    private final BigInteger[] costs;
    private final long[] scaledCosts;
    private final Purses purses;
    private final int[] purseOf;
    /** per project still in the running, its supporters per purse; null once out */
    private final HolderCounts[] held;
    /**
     * per project, its price when last computed: money only shrinks in a run, so a price never
     * falls, and one whose last price is already above the round's best need not be computed again
     */
    private final Price[] priced;
    /** per project, whether a payment has touched its supporters since it was last priced */
    private final boolean[] stale;
    private final int[] running;
    private int runningCount;
    /** the winners in the order chosen, each with its price (null for a project costing nothing) */
    private final Map<Integer, Price> chosen = new LinkedHashMap<>();
    private int[] scratchPurses = new int[16];
    private int[] scratchCounts = new int[16];

    /** {@code withBounds} false: no integer bounds, every comparison exact. */
    EqualSharesRun(ApprovalElection election, BigInteger each, boolean withBounds) {
        this.election = election;
        int projects = election.projects().size();
        int scale = 0;
        for (int p = 0; p < projects; p++) {
            scale = Math.max(scale, election.cost(p).scale());
        }
        unitsPerHryvnia = BigInteger.TEN.pow(scale);
        costs = new BigInteger[projects];
        BigInteger largestCost = BigInteger.ZERO;
        for (int p = 0; p < projects; p++) {
            costs[p] = election.cost(p).setScale(scale).unscaledValue();
            largestCost = largestCost.max(costs[p]);
        }
        BigInteger money = each.multiply(unitsPerHryvnia);
        purses = new Purses(money, election.voters(), largestCost, withBounds);
        scaledCosts = new long[projects];
        purseOf = new int[election.voters()];
        Arrays.fill(purseOf, money.signum() > 0 ? Purses.UNTOUCHED : Purses.SPENT);
        held = new HolderCounts[projects];
        priced = new Price[projects];
        stale = new boolean[projects];
        running = new int[projects];
        for (int p = 0; p < projects; p++) {
            if (costs[p].signum() == 0) {
                chosen.put(p, null);
            } else if (election.approvals(p) > 0 && money.signum() > 0) {
                held[p] = new HolderCounts(Purses.UNTOUCHED, election.approvals(p));
                scaledCosts[p] = purses.bounded() ? purses.scaled(costs[p]) : 0;
                running[runningCount++] = p;
            }
        }
    }

    /** The winners in the order chosen, each with its equal share in hryvnias (zero for a project costing nothing). */
    Map<Integer, BigFraction> shares() {
        Map<Integer, BigFraction> shares = new LinkedHashMap<>();
        chosen().forEach(p -> shares.put(p, chosen.get(p) == null ? BigFraction.ZERO
                : chosen.get(p).share().divide(BigFraction.of(unitsPerHryvnia))));
        return shares;
    }

    /** The winners in the order chosen (the rounds run at the first call). */
    Set<Integer> chosen() {
        while (runningCount > 0) {
            int best = bestNow();
            if (best < 0) {
                break;
            }
            for (int i = 0; i < runningCount; i++) {
                if (running[i] == best) {
                    leave(i);
                    break;
                }
            }
            chosen.put(best, priced[best]);
            pay(best, priced[best]);
        }
        return Collections.unmodifiableSet(chosen.keySet());
    }

    /**
     * This round's winner, or -1 when no project left is affordable (those found so leave the
     * running). Projects are tried in the order of their last prices' lower bounds, and once one's
     * is surely above the best price so far, neither it nor any later one can win.
     */
    private int bestNow() {
        if (purses.bounded()) {
            Integer[] order = new Integer[runningCount];
            for (int i = 0; i < runningCount; i++) {
                order[i] = running[i];
            }
            Arrays.sort(order, (a, b) -> lowerBoundOrder(priced[a], priced[b]));
            for (int i = 0; i < runningCount; i++) {
                running[i] = order[i];
            }
        }
        int best = -1;
        for (int i = 0; i < runningCount; i++) {
            int p = running[i];
            if (best >= 0 && priced[p] != null && surelyAbove(priced[p], priced[best])) {
                break;
            }
            if (priced[p] == null || stale[p]) {
                priced[p] = price(p);
                stale[p] = false;
                if (priced[p] == null) {
                    leave(i--); // its supporters cannot pay for it in this run
                    continue;
                }
            }
            if (best < 0 || before(p, best)) {
                best = p;
            }
        }
        return best;
    }

    /** Takes the project at {@code index} out of the running, keeping the others' order. */
    private void leave(int index) {
        held[running[index]] = null;
        System.arraycopy(running, index + 1, running, index, --runningCount - index);
    }

    /** Whether {@code p} wins over {@code best}: a lower price, or an equal one and precedence. */
    private boolean before(int p, int best) {
        int byPrice = priced[p].compareTo(priced[best]);
        return byPrice < 0 || byPrice == 0 && precedence(p, best) < 0;
    }

    /** Between equal prices: the lower cost, then more approvals, then the lower number, then the earlier. */
    private int precedence(int a, int b) {
        int byCost = costs[a].compareTo(costs[b]);
        if (byCost != 0) {
            return byCost;
        }
        if (election.approvals(a) != election.approvals(b)) {
            return election.approvals(a) > election.approvals(b) ? -1 : 1;
        }
        int byNumber = ProjectNumbers.ORDER.compare(election.number(a), election.number(b));
        return byNumber != 0 ? byNumber : Integer.compare(a, b);
    }

    /** Orders projects by the lower bound of their last price (never priced: zero). */
    private static int lowerBoundOrder(Price a, Price b) {
        long aLow = a == null ? 0 : a.numeratorLow;
        long aDen = a == null ? 1 : a.denominator;
        long bLow = b == null ? 0 : b.numeratorLow;
        long bDen = b == null ? 1 : b.denominator;
        return WideProducts.compare(aLow, bDen, bLow, aDen);
    }

    /** Whether a last price's lower bound is above the best's upper bound (never without bounds). */
    private boolean surelyAbove(Price last, Price best) {
        return purses.bounded()
                && WideProducts.compare(last.numeratorLow, best.denominator, best.numeratorHigh, last.denominator) > 0;
    }

    /**
     * The project's equal share now: the q with the sum over its supporters of min(money, q) equal
     * to its cost, or null when their money together is less. Found by raising q from cost /
     * supporters: each purse below the current q is exhausted (pays all it has), which raises q,
     * until no purse left is below it; the q is unique, so this is the share a walk over the
     * purses in ascending order finds, without sorting them.
     */
    private Price price(int p) {
        HolderCounts counts = held[p];
        if (scratchPurses.length < counts.size()) {
            scratchPurses = new int[counts.size()];
            scratchCounts = new int[counts.size()];
        }
        int[] ids = scratchPurses;
        int[] holders = scratchCounts;
        int n = counts.copyInto(ids, holders);
        long left = 0;
        for (int i = 0; i < n; i++) {
            left += holders[i];
        }
        // q = (cost - paid) / left, paid being what the exhausted purses (kept at the front of the
        // arrays) hold: in units of 2^-bits within [paidLow, paidHigh], exactly when needed
        long paidLow = 0;
        long paidHigh = 0;
        BigFraction paid = BigFraction.ZERO; // null: not known since the last purse exhausted
        int exhausted = 0;
        boolean more = true;
        while (more && left > 0) {
            more = false;
            for (int i = exhausted; i < n; i++) {
                int purse = ids[i];
                int below = belowShare(purse, left, scaledCosts[p] - paidHigh, scaledCosts[p] - paidLow);
                if (below == 0) {
                    if (paid == null) {
                        paid = purses.total(ids, holders, exhausted);
                    }
                    below = purses.value(purse).multiply(left).compareTo(BigFraction.of(costs[p]).subtract(paid)) < 0 ? 1 : -1;
                }
                if (below > 0) {
                    int count = holders[i];
                    ids[i] = ids[exhausted];
                    holders[i] = holders[exhausted];
                    ids[exhausted] = purse;
                    holders[exhausted++] = count;
                    left -= count;
                    if (purses.bounded()) {
                        paidLow += count * purses.low(purse);
                        paidHigh += count * purses.high(purse);
                    }
                    paid = null;
                    more = true;
                }
            }
        }
        if (left == 0) {
            return null;
        }
        return new Price(p, Arrays.copyOf(ids, exhausted), Arrays.copyOf(holders, exhausted), left,
                scaledCosts[p] - paidHigh, scaledCosts[p] - paidLow);
    }

    /**
     * Whether the purse's money is below the share q = (cost - paid) / payers, from the bounds
     * (in units of 2<sup>-bits</sup>) on cost - paid: 1 surely, -1 surely not, 0 not known (always
     * without bounds).
     */
    private int belowShare(int purse, long payers, long leastOwed, long mostOwed) {
        if (!purses.bounded()) {
            return 0;
        }
        if (leastOwed > 0 && WideProducts.compare(purses.high(purse), payers, leastOwed, 1) < 0) {
            return 1;
        }
        if (WideProducts.compare(purses.low(purse), payers, Math.max(0, mostOwed), 1) >= 0) {
            return -1;
        }
        return 0;
    }

    private void pay(int winner, Price price) {
        int round = purses.winner(price.shareLow(), price.shareHigh(), price::share);
        for (int voter : election.supporters(winner)) {
            int before = purseOf[voter];
            if (before == Purses.SPENT) {
                continue;
            }
            int after = purses.pay(before, round);
            purseOf[voter] = after;
            for (int p : election.ballot(voter)) {
                HolderCounts counts = held[p];
                if (counts != null) {
                    counts.add(before, -1);
                    if (after != Purses.SPENT) {
                        counts.add(after, 1);
                    }
                    stale[p] = true;
                }
            }
        }
    }

    /**
     * A project's price per unit of cost when last computed: share / cost, the share being (cost -
     * what the exhausted purses hold) / payers. Bounds (when the run keeps them): the price times
     * 2<sup>bits</sup> lies within [numeratorLow, numeratorHigh] / denominator.
     */
    private final class Price {
        private final int project;
        private final int[] exhaustedPurses;
        private final int[] exhaustedCounts;
        private final long payers;
        private final long numeratorLow;
        private final long numeratorHigh;
        private final long denominator;
        private BigFraction share;

        /** {@code leastOwed}, {@code mostOwed}: bounds on cost - paid (ignored without bounds). */
        Price(int project, int[] exhaustedPurses, int[] exhaustedCounts, long payers, long leastOwed, long mostOwed) {
            this.project = project;
            this.exhaustedPurses = exhaustedPurses;
            this.exhaustedCounts = exhaustedCounts;
            this.payers = payers;
            boolean bounded = purses.bounded();
            numeratorLow = bounded ? Math.max(0, leastOwed) : 0;
            numeratorHigh = bounded ? mostOwed : 0;
            denominator = bounded ? Math.multiplyExact(payers, costs[project].longValueExact()) : 1;
        }

        /** A lower bound on the equal share, in units of 2<sup>-bits</sup> of the run's. */
        long shareLow() {
            return numeratorLow / payers;
        }

        /** An upper bound on the equal share, in units of 2<sup>-bits</sup> of the run's. */
        long shareHigh() {
            return (numeratorHigh + payers - 1) / payers;
        }

        /** The equal share exactly, in the run's units. */
        BigFraction share() {
            if (share == null) {
                BigFraction paid = purses.total(exhaustedPurses, exhaustedCounts, exhaustedPurses.length);
                share = BigFraction.of(costs[project]).subtract(paid).divide(BigFraction.of(payers));
            }
            return share;
        }

        int compareTo(Price other) {
            if (purses.bounded()) {
                if (WideProducts.compare(numeratorHigh, other.denominator, other.numeratorLow, denominator) < 0) {
                    return -1;
                }
                if (WideProducts.compare(numeratorLow, other.denominator, other.numeratorHigh, denominator) > 0) {
                    return 1;
                }
            }
            // share / cost against the other's: cross-multiplied, costs being positive
            return share().multiply(costs[other.project]).compareTo(other.share().multiply(costs[project]));
        }
    }
}
