package ua.hromada.tools.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ledger.LedgerEntry;
import ua.hromada.core.ledger.LedgerRecord;

/** The recount of a box against published result rows, without a server. */
class RecountTest {
    private static List<LedgerEntry> box(int... choices) {
        List<LedgerEntry> entries = new ArrayList<>();
        LedgerEntry last = LedgerEntry.after("vote", 7, null, LedgerRecord.of("definition").with("title", "Сквер").encode());
        entries.add(last);
        long[] counts = new long[4];
        for (int choice : choices) {
            last = LedgerEntry.after("vote", 7, last, LedgerRecord.of("ballot").with("ballot", "b" + entries.size())
                    .with("receipt", "R" + entries.size()).with("choice", choice).encode());
            entries.add(last);
            counts[choice]++;
        }
        entries.add(LedgerEntry.after("vote", 7, last, LedgerRecord.of("close").with("ballots", choices.length)
                .with("roll", choices.length).with("choice-1", counts[1]).with("choice-2", counts[2]).with("choice-3", counts[3]).encode()));
        return entries;
    }

    private static List<JsonObject> result(long... ballots) {
        long all = java.util.Arrays.stream(ballots).sum();
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < ballots.length; i++) {
            rows.add(Json.createObjectBuilder().add("choice", i + 1).add("ballots", ballots[i]).add("voteBallots", all)
                    .add("rollEntries", all).build());
        }
        return rows;
    }

    @Test
    void anIntactBoxRecountsToItsResult() {
        VerifyCommand.Recount recount = VerifyCommand.Recount.of(box(1, 2, 1, 3, 1));
        assertEquals(5, recount.ballots());
        assertEquals(Map.of(1, 3L, 2, 1L, 3, 1L), recount.byChoice());
        assertEquals(List.of(), recount.against(result(3, 1, 1)));
    }

    @Test
    void aResultOrRollThatDiffersFromTheBoxIsReported() {
        VerifyCommand.Recount recount = VerifyCommand.Recount.of(box(1, 2, 1));
        assertTrue(recount.against(result(1, 2, 0)).stream().anyMatch(p -> p.startsWith("choice 1: 2 ballots recounted, 1 published")));
        List<JsonObject> moreRoll = List.of(Json.createObjectBuilder().add("choice", 1).add("ballots", 2).add("voteBallots", 3)
                .add("rollEntries", 4).build(), Json.createObjectBuilder().add("choice", 2).add("ballots", 1).add("voteBallots", 3)
                .add("rollEntries", 3).build());
        assertEquals(List.of("choice 1's row publishes 4 roll entries, 3 ballots recounted"), recount.against(moreRoll));
    }

    @Test
    void aBallotRemovedFromTheBoxDisagreesWithItsCloseEntry() {
        List<LedgerEntry> entries = new ArrayList<>(box(1, 2, 1));
        entries.remove(1);
        List<String> problems = VerifyCommand.Recount.of(entries).against(result(2, 1));
        assertTrue(problems.contains("the box holds 2 ballots but its close entry says 3"), problems.toString());
    }
}
