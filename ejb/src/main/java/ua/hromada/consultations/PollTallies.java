package ua.hromada.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Polls' results as last counted, for a few seconds: a surge of readers of one poll's results
 * costs one grouped count per poll and interval instead of one per reader. Bounded (least recently
 * read polls go first); a poll's entry goes when a response to it is given on this node, all of
 * them when an account is merged or deleted.
 */
@ApplicationScoped
public class PollTallies {
    static final Duration FRESH = Duration.ofSeconds(5);
    static final int MAX_POLLS = 1_000;

    private record Counted(PollTally tally, long atNanos) {
    }

    private final Map<Long, Counted> counted = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Counted> eldest) {
            return size() > MAX_POLLS;
        }
    };

    /** The poll's results counted at most {@link #FRESH} ago, else counted now by {@code count}. */
    PollTally of(long poll, Supplier<PollTally> count) {
        long now = System.nanoTime();
        synchronized (counted) {
            Counted c = counted.get(poll);
            if (c != null && now - c.atNanos() < FRESH.toNanos()) {
                return c.tally();
            }
        }
        PollTally tally = count.get(); // outside the lock: readers of other polls do not wait for this count
        synchronized (counted) {
            counted.put(poll, new Counted(tally, now));
        }
        return tally;
    }

    void forget(long poll) {
        synchronized (counted) {
            counted.remove(poll);
        }
    }

    /** After an account's merge or deletion, whose responses may be in any poll. */
    void forgetAll() {
        synchronized (counted) {
            counted.clear();
        }
    }
}
