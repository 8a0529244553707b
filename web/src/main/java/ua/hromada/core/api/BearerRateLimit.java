package ua.hromada.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one API token may call, on this node: bursts of {@value #BURST} calls, then
 * {@value #PER_SECOND} a second (60 a minute). A terminal or bot acts for one person, who signs
 * or votes a few times a minute at most; a runaway script is stopped without touching the
 * database. Each node counts alone (in memory), so a cluster of N nodes allows up to N times this.
 */
@ApplicationScoped
public class BearerRateLimit {
    static final int BURST = 60;
    static final double PER_SECOND = 1.0;
    /** Beyond this many tracked tokens, full (idle) buckets are forgotten. */
    static final int TRACKED_MAX = 10_000;

    private final Map<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the token may call now, else the seconds to wait (for {@code Retry-After}). */
    public long take(long tokenId) {
        long now = System.nanoTime();
        if (buckets.size() > TRACKED_MAX) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(tokenId, id -> new TokenBucket(BURST, PER_SECOND, now)).take(now);
    }
}
