package ua.hromada.core.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens this node authenticated since the last stamp, with their latest use. A surge of
 * distinct people each signing once through their own token would otherwise write (and wait for
 * the commit of) one {@code last_used_at} update per signature; {@link TokenUseTimer} writes them in
 * batches every few seconds instead. A node that stops loses at most those seconds of stamps.
 */
@ApplicationScoped
public class TokenUses {
    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();

    void used(long tokenId, Instant at) {
        pending.merge(tokenId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The uses recorded so far, removed from this node's list (a use recorded meanwhile stays for the next batch). */
    List<Map.Entry<Long, Instant>> drain() {
        List<Map.Entry<Long, Instant>> drained = new ArrayList<>();
        for (Map.Entry<Long, Instant> e : pending.entrySet()) {
            if (pending.remove(e.getKey(), e.getValue())) {
                drained.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        return drained;
    }
}
