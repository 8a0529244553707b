package ua.hromada.core.api;

/**
 * A token bucket: holds up to {@code capacity} calls, refills {@code perSecond} calls a second;
 * a call takes one or is told how long to wait. Times are monotonic nanoseconds (System.nanoTime),
 * so a wall-clock step never empties or fills a bucket.
 */
final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1e9;
    private final int capacity;
    private final double perSecond;
    private double available;
    private long refilledAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.available = capacity;
        this.refilledAt = now;
    }

    /** Takes one call: 0 when it may go ahead, else the whole seconds until one is available. */
    synchronized long take(long now) {
        refill(now);
        if (available >= 1) {
            available -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - available) / perSecond));
    }

    /** Whether the bucket is full again, i.e. forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return available >= capacity;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            available = Math.min(capacity, available + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
            refilledAt = now;
        }
    }
}
