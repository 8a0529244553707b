package ua.hromada.bench;

import java.util.BitSet;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one step of the surge did: per person of its block how their attempt ended, the latencies
 * (microseconds) and the wall time from the first attempt to the last answer. The database check
 * after the step fills in the rest.
 */
final class Step {
    final String name;
    final People people;
    final Failures failures = new Failures();
    final Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
    /** Outcome ordinal + 1 per person of the block (0: no attempt); each slot has one writer. */
    private final byte[] outcomes;
    long elapsedNanos;
    /** Attempts scheduled but not answered within the step's bound (open arrival only). */
    long unfinished;

    // filled in by the database check
    long rows = -1;
    long lost = -1;
    long duplicates = -1;
    long unacknowledged = -1;
    /** The count the application shows after settling; -1 when not checked (raw steps). */
    long settled = -1;
    double settleSeconds = -1;

    Step(String name, People people) {
        this.name = name;
        this.people = people;
        this.outcomes = new byte[people.size()];
    }

    void record(int person, Attempt.Outcome outcome) {
        outcomes[person - people.first()] = (byte) (outcome.ordinal() + 1);
    }

    long count(Attempt.Outcome outcome) {
        long n = 0;
        for (byte b : outcomes) {
            if (b == outcome.ordinal() + 1) {
                n++;
            }
        }
        return n;
    }

    boolean signed(int person) {
        return outcomes[person - people.first()] == Attempt.Outcome.SIGNED.ordinal() + 1;
    }

    long attempts() {
        long n = unfinished;
        for (byte b : outcomes) {
            if (b != 0) {
                n++;
            }
        }
        return n;
    }

    /** Signatures the signers were told were made, per second of the step's wall time. */
    double perSecond() {
        return elapsedNanos == 0 ? 0 : count(Attempt.Outcome.SIGNED) * 1e9 / elapsedNanos;
    }

    long errors() {
        return count(Attempt.Outcome.FAILED) + count(Attempt.Outcome.LIMITED) + unfinished;
    }

    /**
     * Compares the step with the rows the database holds for it: lost = acknowledged signatures
     * without a row, duplicates = rows beyond one per person, unacknowledged = rows whose signer got
     * no success answer (a time-out after the commit, or a row from outside the step).
     */
    void checkRows(Iterable<Integer> personsWithRows) {
        BitSet seen = new BitSet(outcomes.length);
        long dup = 0;
        long foreign = 0;
        long unack = 0;
        for (int person : personsWithRows) {
            int slot = person - people.first();
            if (slot < 0 || slot >= outcomes.length) {
                foreign++;
                continue;
            }
            if (seen.get(slot)) {
                dup++;
            }
            seen.set(slot);
            if (!signed(person)) {
                unack++;
            }
        }
        long rowCount = dup + seen.cardinality() + foreign;
        long missing = 0;
        for (int slot = 0; slot < outcomes.length; slot++) {
            if (outcomes[slot] == Attempt.Outcome.SIGNED.ordinal() + 1 && !seen.get(slot)) {
                missing++;
            }
        }
        rows = rowCount;
        lost = missing;
        duplicates = dup;
        unacknowledged = unack + foreign;
    }
}
