package ua.hromada.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
    private int[] running;
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
        int largestBallot = 0;
        for (int p = 0; p < projects; p++) {
            costs[p] = election.cost(p).setScale(scale).unscaledValue();
            largestCost = largestCost.max(costs[p]);
        }
        for (int v = 0; v < election.voters(); v++) {
            largestBallot = Math.max(largestBallot, election.ballot(v).length);
        }
        BigInteger money = each.multiply(unitsPerHryvnia);
        purses = new Purses(money, election.voters(), largestCost, largestBallot, withBounds);
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
        Comparator<Integer> byLastPrice = (a, b) -> lowerBoundOrder(priced[a], priced[b]);
        while (runningCount > 0) {
            if (purses.bounded()) {
                Integer[] order = new Integer[runningCount];
                for (int i = 0; i < runningCount; i++) {
                    order[i] = running[i];
                }
                Arrays.sort(order, byLastPrice);
                for (int i = 0; i < runningCount; i++) {
                    running[i] = order[i];
                }
            }
            int best = -1;
            for (int i = 0; i < runningCount; i++) {
                int p = running[i];
                if (best >= 0 && priced[p] != null && surelyAbove(priced[p], priced[best])) {
                    break; // its last price, and so every later one's, is above the best's now
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

    private static boolean surelyAbove(Price last, Price best) {
        return WideProducts.compare(last.numeratorLow, best.denominator, best.numeratorHigh, last.denominator) > 0;
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
        if (left == 0) {
            return null;
        }
        Price price = new Price(p);
        boolean bounded = purses.bounded();
        long cost = scaledCosts[p];
        // q = (cost - paid) / left; in units of 2^-bits, paid is within [paidLow, paidHigh]
        long paidLow = 0;
        long paidHigh = 0;
        int exhausted = 0;
        BigFraction paid = BigFraction.ZERO; // exactly, when needed: null after a change
        boolean more = true;
        while (more && left > 0) {
            more = false;
            for (int i = exhausted; i < n; i++) {
                int purse = ids[i];
                int below = 0; // whether the purse's money is below q: 1 yes, -1 no, 0 not known
                if (bounded) {
                    if (WideProducts.compare(purses.high(purse), left, Math.max(0, cost - paidHigh), 1) < 0
                            && cost - paidHigh > 0) {
                        below = 1;
                    } else if (WideProducts.compare(purses.low(purse), left, Math.max(0, cost - paidLow), 1) >= 0) {
                        below = -1;
                    }
                }
                if (below == 0) {
                    if (paid == null) {
                        paid = purses.total(ids, holders, exhausted);
                    }
                    BigFraction share = BigFraction.of(costs[p]).subtract(paid);
                    below = purses.value(purse).multiply(left).compareTo(share) < 0 ? 1 : -1;
                }
                if (below > 0) {
                    // keep the exhausted purses at the front of the arrays
                    ids[i] = ids[exhausted];
                    ids[exhausted] = purse;
                    int count = holders[i];
                    holders[i] = holders[exhausted];
                    holders[exhausted] = count;
                    exhausted++;
                    left -= count;
                    if (bounded) {
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
        price.exhaustedPurses = Arrays.copyOf(ids, exhausted);
        price.exhaustedCounts = Arrays.copyOf(holders, exhausted);
        price.payers = left;
        if (bounded) {
            price.numeratorLow = Math.max(0, cost - paidHigh);
            price.numeratorHigh = cost - paidLow;
            price.denominator = Math.multiplyExact(left, costs[p].longValueExact());
        }
        return price;
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
        private int[] exhaustedPurses;
        private int[] exhaustedCounts;
        private long payers;
        private long numeratorLow;
        private long numeratorHigh;
        private long denominator = 1;
        private BigFraction share;

        Price(int project) {
            this.project = project;
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
