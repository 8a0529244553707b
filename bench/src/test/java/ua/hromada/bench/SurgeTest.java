package ua.hromada.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SurgeTest {
    /** A signer that keeps the rows it "committed", and can be told to lose or duplicate some. */
    static final class FakeTable implements Attempt {
        final Set<Integer> rows = ConcurrentHashMap.newKeySet();
        final List<Integer> extra = new ArrayList<>();
        final long sleepMillis;

        FakeTable(long sleepMillis) {
            this.sleepMillis = sleepMillis;
        }

        @Override
        public Outcome sign(int person) throws Exception {
            Thread.sleep(sleepMillis);
            return rows.add(person) ? Outcome.SIGNED : Outcome.ALREADY_SIGNED;
        }

        List<Integer> all() {
            List<Integer> all = new ArrayList<>(rows);
            all.addAll(extra);
            return all;
        }
    }

    @Test
    void closedLoopStopsWhenItsPeopleAreUsedUp() throws Exception {
        FakeTable table = new FakeTable(0);
        Step step = Surge.closed(new Step("closed", new People(100, 500)), 8, Duration.ofSeconds(30), table);
        assertEquals(500, step.attempts());
        assertEquals(500, step.count(Attempt.Outcome.SIGNED));
        assertEquals(500, step.latency.getTotalCount());
        step.checkRows(table.all());
        assertEquals(0, step.lost);
        assertEquals(0, step.duplicates);
        assertEquals(500, step.rows);
    }

    @Test
    void closedLoopStopsWhenItsTimeIsUp() throws Exception {
        FakeTable table = new FakeTable(20);
        Step step = Surge.closed(new Step("closed", new People(0, 1_000_000)), 4, Duration.ofMillis(300), table);
        assertTrue(step.attempts() > 10 && step.attempts() < 200, "attempts: " + step.attempts());
        assertTrue(step.elapsedNanos < Duration.ofSeconds(2).toNanos());
    }

    @Test
    void openArrivalKeepsItsRateAndMeasuresFromThePlannedStart() throws Exception {
        FakeTable table = new FakeTable(50);
        // 200 a second for one second with two workers: each takes 50 ms, so the queue grows
        Step step = Surge.open(new Step("open", new People(0, 10_000)), 200, Duration.ofSeconds(1), Duration.ofSeconds(30), 2, table);
        assertEquals(200, step.attempts());
        assertEquals(0, step.unfinished);
        // served at 40 a second, the last planned at 1 s is answered near 5 s: latency shows the queue
        assertTrue(step.latency.getMaxValue() > 3_000_000, "max latency µs: " + step.latency.getMaxValue());
    }

    @Test
    void openArrivalCountsAnswersPastItsDrainAsUnfinished() throws Exception {
        FakeTable table = new FakeTable(2_000);
        Step step = Surge.open(new Step("open", new People(0, 100)), 50, Duration.ofMillis(200), Duration.ofMillis(100), 2, table);
        assertEquals(10, step.attempts());
        assertTrue(step.unfinished >= 8, "unfinished: " + step.unfinished);
        assertTrue(step.errors() >= 8);
    }

    @Test
    void rowsAreCheckedAgainstTheAnswers() throws Exception {
        FakeTable table = new FakeTable(0);
        Step step = Surge.closed(new Step("closed", new People(10, 20)), 2, Duration.ofSeconds(30), table);
        table.rows.remove(12); // acknowledged, then lost
        table.extra.add(15); // a second row for one person
        step.checkRows(table.all());
        assertEquals(1, step.lost);
        assertEquals(1, step.duplicates);
        assertEquals(20, step.rows);
        assertEquals(0, step.unacknowledged);
    }

    @Test
    void failuresAreCountedWithTheirKind() throws Exception {
        Step step = Surge.closed(new Step("closed", new People(0, 30)), 3, Duration.ofSeconds(30), person -> {
            if (person % 3 == 0) {
                throw new IllegalStateException("boom");
            }
            return person % 3 == 1 ? Attempt.Outcome.LIMITED : Attempt.Outcome.SIGNED;
        });
        assertEquals(10, step.count(Attempt.Outcome.FAILED));
        assertEquals(20, step.errors());
        assertTrue(step.failures.summary(5).contains("10 x IllegalStateException: boom"));
    }
}
