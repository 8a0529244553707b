package ua.hromada.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;

class ImportRunsTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void theShareDoneOnlyGrowsAndReaches100OnlyWhenDone() {
        ImportRun run = new ImportRuns().start(ImportRun.Kind.PABULIB, 1, 2, 1000, NOW);
        List<Integer> seen = new ArrayList<>(List.of(run.seen().percent()));
        run.read(500);
        seen.add(run.seen().percent());
        run.read(500);
        seen.add(run.seen().percent());
        run.storing(900);
        seen.add(run.seen().percent());
        run.stored(900);
        seen.add(run.seen().percent());
        run.counting();
        seen.add(run.seen().percent());
        run.done("made", NOW);
        seen.add(run.seen().percent());
        assertEquals(List.of(0, 25, 50, 52, 99, 99, 100), seen);
        assertEquals(ImportRun.Phase.DONE, run.seen().phase());
    }

    @Test
    void aFullRegistryMakesRoomFromFinishedRunsAndRefusesWhenAllRun() {
        ImportRuns runs = new ImportRuns();
        List<ImportRun> started = new ArrayList<>();
        for (int i = 0; i < ImportRuns.MAX; i++) {
            started.add(runs.start(ImportRun.Kind.PAPER, i, 1, 10, NOW));
        }
        assertThrows(ConflictException.class, () -> runs.start(ImportRun.Kind.PAPER, 99, 1, 10, NOW));
        started.get(3).done("report", NOW);
        ImportRun next = runs.start(ImportRun.Kind.PAPER, 99, 1, 10, NOW);
        assertTrue(runs.find(started.get(3).id(), NOW).isEmpty(), "the finished one made room");
        assertTrue(runs.find(next.id(), NOW).orElseThrow().belongsTo(99, 1));
        next.done("report", NOW);
        assertTrue(runs.find(next.id(), NOW.plus(ImportRuns.KEPT).minusSeconds(1)).isPresent());
        assertTrue(runs.find(next.id(), NOW.plus(ImportRuns.KEPT).plusSeconds(1)).isEmpty(), "forgotten after a while");
        assertTrue(runs.find(started.get(0).id(), NOW.plus(Duration.ofHours(4))).isEmpty(), "a run never over is given up");
        assertTrue(runs.find(null, NOW).isEmpty());
    }
}
