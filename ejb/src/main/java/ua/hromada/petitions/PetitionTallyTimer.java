package ua.hromada.petitions;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs the tally (and the next batch of each running signature removal) every two seconds on every node (recounting is idempotent, so no cluster-wide
 * timer is needed). It recounts petitions with signatures newer than the highest id it saw a
 * minute ago: a signing transaction that took an id earlier and committed late is still counted.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PetitionTallyTimer {
    private static final Duration LAG = Duration.ofMinutes(1);

    @Inject
    PetitionTally tally;

    @Inject
    SignatureRemovals removals;

    @Inject
    Clock clock;

    /** (when, highest signature id seen then), oldest first. */
    private final Deque<long[]> seen = new ArrayDeque<>();
    private volatile boolean running;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "hromada-petition-tally")
    void tick() {
        if (running) {
            return; // the previous run is still counting; this one would only repeat it
        }
        running = true;
        try {
            Instant now = clock.instant();
            long max = tally.settle(watermark(now), now);
            seen.addLast(new long[] {now.toEpochMilli(), max});
            removals.advance(); // a batch of each running removal; each settles its petition itself
        } finally {
            running = false;
        }
    }

    /** The highest id seen at least {@link #LAG} ago (the first run's, until then); -1 before any run. */
    private long watermark(Instant now) {
        long cutoff = now.minus(LAG).toEpochMilli();
        while (seen.size() > 1) {
            long[] oldest = seen.removeFirst();
            if (seen.peekFirst()[0] > cutoff) {
                seen.addFirst(oldest); // the oldest run still a minute back is the watermark
                break;
            }
        }
        return seen.isEmpty() ? -1 : seen.peekFirst()[1];
    }
}
