package ua.hromada.budget;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The distinct amounts of money voters hold during one run of equal shares. A voter with money
 * left has paid some winners' equal shares in full, so holds the starting money minus those shares:
 * a purse is that history (the purse before the last payment, and which winner it paid), and
 * voters with the same history share one purse. Money is in the run's units (integers: the costs'
 * smallest decimal place).
 *
 * <p>Each purse keeps integer bounds on its money in units of 2<sup>-bits</sup> (so most
 * comparisons are two longs) and its exact rational value, computed only when the bounds cannot
 * decide; so are the winners' shares (their exact rationals, whose denominators grow round after
 * round, are mostly never needed). A run whose sums could overflow a long keeps no bounds
 * ({@link #bounded()} false) and decides every comparison exactly.
 */
final class Purses {
    /** Spent: nothing left (never counted among a project's holders). */
    static final int SPENT = 0;
    /** The starting money, nothing paid yet. */
    static final int UNTOUCHED = 1;

    private final BigFraction each;
    private final int bits;
    private int rounds;
    private BigFraction[] shares = new BigFraction[2];
    private Supplier<BigFraction>[] exactShares = newSuppliers(2);
    private long[] shareLow = new long[2];
    private long[] shareHigh = new long[2];

    // small at first (each growth makes them twice as long), so that the tests' small elections grow them too
    private int size;
    private int[] parent = new int[4];
    private int[] paid = new int[4];
    private long[] low = new long[4];
    private long[] high = new long[4];
    private BigFraction[] value = new BigFraction[4];
    /** what each purse became in the round {@code spentIn}: paying a share is decided once per purse */
    private int[] after = new int[4];
    private int[] spentIn = new int[4];

    /**
     * {@code each}: every voter's starting money; {@code holders} and {@code largestCost} bound
     * every sum a run adds up (bounds stay within [0, each], so a sum of them is at most holders *
     * each), which chooses the bounds' precision; {@code withBounds} false: none kept.
     */
    Purses(BigInteger each, long holders, BigInteger largestCost, boolean withBounds) {
        this.each = BigFraction.of(each);
        BigInteger money = each.multiply(BigInteger.valueOf(holders)).add(largestCost);
        int precision = 61 - money.bitLength();
        // a price's bounds divide by payers * cost, kept in a long
        boolean fits = BigInteger.valueOf(holders).multiply(largestCost).bitLength() < 62;
        bits = withBounds && fits && precision >= 0 ? precision : -1;
        size = 2;
        parent[UNTOUCHED] = UNTOUCHED;
        paid[UNTOUCHED] = -1;
        value[UNTOUCHED] = this.each;
        if (bounded()) {
            low[UNTOUCHED] = each.shiftLeft(bits).longValueExact();
            high[UNTOUCHED] = low[UNTOUCHED];
        }
        Arrays.fill(spentIn, -1);
    }

    boolean bounded() {
        return bits >= 0;
    }

    /** {@code amount} (an integer number of units) in units of 2<sup>-bits</sup>. */
    long scaled(BigInteger amount) {
        return amount.shiftLeft(bits).longValueExact();
    }

    /** A lower bound on the purse's money in units of 2<sup>-bits</sup>. */
    long low(int purse) {
        return low[purse];
    }

    /** An upper bound on the purse's money in units of 2<sup>-bits</sup>. */
    long high(int purse) {
        return high[purse];
    }

    /** The purse's money exactly. */
    BigFraction value(int purse) {
        if (value[purse] == null) {
            value[purse] = value(parent[purse]).subtract(share(paid[purse]));
        }
        return value[purse];
    }

    /**
     * Records the next winner's equal share: its bounds in units of 2<sup>-bits</sup> (ignored
     * without bounds) and how to compute it exactly when needed; returns its round, for {@link #pay}.
     */
    int winner(long low, long high, Supplier<BigFraction> exactly) {
        int round = rounds++;
        if (round == shares.length) {
            shares = Arrays.copyOf(shares, 2 * round);
            exactShares = Arrays.copyOf(exactShares, 2 * round);
            shareLow = Arrays.copyOf(shareLow, 2 * round);
            shareHigh = Arrays.copyOf(shareHigh, 2 * round);
        }
        exactShares[round] = exactly;
        shareLow[round] = low;
        shareHigh[round] = high;
        return round;
    }

    /** The share paid in {@code round}, exactly. */
    BigFraction share(int round) {
        if (shares[round] == null) {
            shares[round] = exactShares[round].get();
        }
        return shares[round];
    }

    @SuppressWarnings("unchecked")
    private static Supplier<BigFraction>[] newSuppliers(int length) {
        return new Supplier[length];
    }

    /** The purse left after paying the share of {@code round}: {@link #SPENT} if the money was no more than it. */
    int pay(int purse, int round) {
        if (spentIn[purse] != round) {
            // into a local first: child() may replace the arrays, and an array element's target is taken before
            int next = exceeds(purse, round) ? child(purse, round) : SPENT;
            spentIn[purse] = round;
            after[purse] = next;
        }
        return after[purse];
    }

    private boolean exceeds(int purse, int round) {
        if (bounded()) {
            if (low[purse] > shareHigh[round]) {
                return true;
            }
            if (high[purse] <= shareLow[round]) {
                return false;
            }
        }
        return value(purse).compareTo(share(round)) > 0;
    }

    private int child(int purse, int round) {
        if (size == parent.length) {
            int length = 2 * size;
            parent = Arrays.copyOf(parent, length);
            paid = Arrays.copyOf(paid, length);
            low = Arrays.copyOf(low, length);
            high = Arrays.copyOf(high, length);
            value = Arrays.copyOf(value, length);
            after = Arrays.copyOf(after, length);
            spentIn = Arrays.copyOf(spentIn, length);
            Arrays.fill(spentIn, size, length, -1);
        }
        int child = size++;
        parent[child] = purse;
        paid[child] = round;
        if (bounded()) {
            // within [nothing, the starting money] however wide the shares' bounds grow, so that no
            // sum of a run's bounds overflows
            low[child] = Math.max(0, low[purse] - shareHigh[round]);
            high[child] = Math.min(high[UNTOUCHED], high[purse] - shareLow[round]);
        }
        return child;
    }

    /**
     * Exactly the money in {@code counts[i]} purses {@code purses[i]} for i below {@code n}: the
     * starting money of them all less each winner's share times how many of them paid it, so a
     * handful of rational operations however many purses.
     */
    BigFraction total(int[] purses, int[] counts, int n) {
        long holders = 0;
        long[] payers = new long[rounds];
        for (int i = 0; i < n; i++) {
            holders += counts[i];
            for (int purse = purses[i]; purse != UNTOUCHED; purse = parent[purse]) {
                payers[paid[purse]] += counts[i];
            }
        }
        BigFraction sum = each.multiply(holders);
        for (int round = 0; round < payers.length; round++) {
            if (payers[round] != 0) {
                sum = sum.subtract(share(round).multiply(payers[round]));
            }
        }
        return sum;
    }
}
