package ua.hromada.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import ua.hromada.core.TooManyRequestsException;

/**
 * Per-node limits on how often one key (a person, an address) may do one thing per minute:
 * a fixed one-minute window, kept in memory. A cluster of N nodes admits at most N times the limit,
 * enough to stop scripts hammering one subject without a shared store on the hot path.
 */
@ApplicationScoped
public class RateLimits {
    private static final int MAX_KEYS = 100_000;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window;

    /** Whether {@code key} already did {@code what} {@code perMinute} times in this minute (counts nothing). */
    public boolean exhausted(String what, Object key, int perMinute) {
        AtomicInteger count = minute() == window ? counts.get(what + ':' + key) : null;
        return count != null && count.get() >= perMinute;
    }

    /** Seconds until this minute's counts start again (for {@code Retry-After}). */
    public long secondsToNextWindow() {
        return 60 - (clock.millis() / 1000) % 60;
    }

    /** Counts one more {@code what} by {@code key}; refuses with 429 beyond {@code perMinute} in this minute. */
    public void admit(String what, Object key, int perMinute) {
        if (count(what, key) > perMinute) {
            throw new TooManyRequestsException("rate.limited", perMinute);
        }
    }

    /** Counts one more {@code what} by {@code key} and returns how many this minute, refusing nothing. */
    public int count(String what, Object key) {
        long minute = minute();
        if (minute != window || counts.size() > MAX_KEYS) {
            window = minute;
            counts.clear();
        }
        return counts.computeIfAbsent(what + ':' + key, k -> new AtomicInteger()).incrementAndGet();
    }

    private long minute() {
        return clock.millis() / 60_000;
    }
}
