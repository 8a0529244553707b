package ua.hromada.budget;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import ua.hromada.core.HromadaException;

/**
 * One import running in the background, as its moderator watches it: who started it where, how
 * far it is, and at the end what it made or why it was refused. Lives only in memory ({@link
 * ImportRuns}); the imported data itself is committed in one transaction or not at all.
 */
public final class ImportRun implements ImportProgress {
    /** What is being imported. */
    public enum Kind {
        PABULIB, PAPER
    }

    /** Where an import is. */
    public enum Phase {
        READING, STORING, COUNTING, DONE, FAILED
    }

    /** A moment's view of a run: counts so far, its share done in whole percent, and its result or refusal once over. */
    public record Seen(Kind kind, Phase phase, long lines, long linesRead, long ballots, long ballotsStored, int percent, Object result,
            HromadaException failure) {
        public boolean over() {
            return phase == Phase.DONE || phase == Phase.FAILED;
        }
    }

    private final String id;
    private final Kind kind;
    private final long personId;
    private final long communityId;
    private final long lines;
    private final AtomicLong linesRead = new AtomicLong();
    private final AtomicLong ballotsStored = new AtomicLong();
    private volatile long ballots = -1;
    private volatile Phase phase = Phase.READING;
    private volatile Object result;
    private volatile HromadaException failure;
    private volatile Instant lastChange;

    ImportRun(String id, Kind kind, long personId, long communityId, long lines, Instant now) {
        this.id = id;
        this.kind = kind;
        this.personId = personId;
        this.communityId = communityId;
        this.lines = Math.max(1, lines);
        this.lastChange = now;
    }

    public String id() {
        return id;
    }

    boolean belongsTo(long person, long community) {
        return personId == person && communityId == community;
    }

    Kind kind() {
        return kind;
    }

    Instant lastChange() {
        return lastChange;
    }

    boolean isOver() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }

    @Override
    public void read(long more) {
        linesRead.addAndGet(more);
    }

    @Override
    public void storing(long count) {
        ballots = count;
        phase = Phase.STORING;
    }

    @Override
    public void stored(long more) {
        ballotsStored.addAndGet(more);
    }

    @Override
    public void counting() {
        phase = Phase.COUNTING;
    }

    void done(Object made, Instant now) {
        result = made;
        phase = Phase.DONE;
        lastChange = now;
    }

    void failed(HromadaException why, Instant now) {
        failure = why;
        phase = Phase.FAILED;
        lastChange = now;
    }

    /**
     * The run now. The share done counts lines read and ballots stored against the lines and the
     * ballots there are (as many ballots as lines until reading is over, so the share only grows);
     * it stays below 100 until the import is committed.
     */
    Seen seen() {
        Phase now = phase;
        long read = Math.min(linesRead.get(), lines);
        long expected = ballots < 0 ? lines : ballots;
        long stored = Math.min(ballotsStored.get(), expected);
        int percent = now == Phase.DONE ? 100 : (int) Math.min(99, (read + stored) * 100 / (lines + expected));
        return new Seen(kind, now, lines, read, ballots < 0 ? 0 : ballots, stored, percent, result, failure);
    }
}
