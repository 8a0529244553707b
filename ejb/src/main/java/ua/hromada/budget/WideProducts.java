package ua.hromada.budget;

/** Comparisons of products of two non-negative longs, exactly in 128 bits (no overflow). */
final class WideProducts {
    private WideProducts() {
    }

    /** The sign of a * b - c * d, for a, b, c, d at least zero. */
    static int compare(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, b);
        long otherHigh = Math.multiplyHigh(c, d);
        return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
    }
}
