package ua.hromada.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ua.hromada.core.TooManyRequestsException;

/**
 * Per-node limits on how often one key (a person, an address) may do one thing per minute:
 * a fixed one-minute window, kept in memory. A cluster of N nodes admits at most N times the limit,
 * enough to stop scripts hammering one subject without a shared store on the hot path.
 */
@ApplicationScoped
public class RateLimits {
    static final int MAX_KEYS = 100_000;

    @Inject
    Clock clock;

    /**
     * This minute's counts, oldest key first; past {@link #MAX_KEYS} the oldest go, so spraying
     * new keys evicts only keys that stopped counting, never resets everyone's limits.
     */
    private final Map<String, AtomicInteger> counts;
    private long window;

    public RateLimits() {
        this(MAX_KEYS);
    }

    RateLimits(int maxKeys) {
        counts = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AtomicInteger> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Whether {@code key} already did {@code what} {@code perMinute} times in this minute (counts nothing). */
    public boolean exhausted(String what, Object key, int perMinute) {
        synchronized (counts) {
            AtomicInteger count = minute() == window ? counts.get(what + ':' + key) : null;
            return count != null && count.get() >= perMinute;
        }
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
        synchronized (counts) {
            if (minute != window) {
                window = minute;
                counts.clear();
            }
            return counts.computeIfAbsent(what + ':' + key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private long minute() {
        return clock.millis() / 60_000;
    }
}
