package ua.hromada.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain's hash and its check against published heads: an edit, a deletion, an insertion or an append after the seal each fail. */
class ChainVerifierTest {
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private static List<LedgerEntry> chain(int n) {
        List<LedgerEntry> entries = new ArrayList<>();
        LedgerEntry previous = null;
        for (int i = 1; i <= n; i++) {
            previous = LedgerEntry.after("vote", 7, previous, LedgerRecord.of("ballot").with("receipt", "R" + i).with("choice", i % 3 + 1).encode());
            entries.add(previous);
        }
        return entries;
    }

    private static ChainHead head(List<LedgerEntry> entries) {
        LedgerEntry last = entries.get(entries.size() - 1);
        return new ChainHead("vote", 7, last.position(), last.hash(), AT);
    }

    @Test
    void theHashIsSha256OverTheCanonicalEncoding() {
        // printf 'hromada-ledger-v1\nvote\n7\n1\n000…0\ntype=vote' | sha256sum
        String hash = ChainHash.of("vote", 7, 1, ChainHash.GENESIS, "type=vote");
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(hash).isEqualTo(ChainHash.of("vote", 7, 1, ChainHash.GENESIS, "type=vote"));
        assertThat(hash).isNotEqualTo(ChainHash.of("vote", 8, 1, ChainHash.GENESIS, "type=vote"));
    }

    @Test
    void anIntactChainHasNoProblems() {
        List<LedgerEntry> entries = chain(5);
        assertThat(ChainVerifier.problems(entries, List.of(new ChainHead("vote", 7, 2, entries.get(1).hash(), AT), head(entries)), true))
                .isEmpty();
    }

    @Test
    void anEditedEntryFails() {
        List<LedgerEntry> entries = chain(5);
        ChainHead sealed = head(entries);
        LedgerEntry e = entries.get(2);
        entries.set(2, new LedgerEntry(e.kind(), e.subjectId(), e.position(), e.payload().replace("choice=1", "choice=3"), e.prevHash(), e.hash()));
        assertThat(ChainVerifier.problems(entries, List.of(sealed), true)).anyMatch(p -> p.contains("position 3"));
    }

    @Test
    void anEditRehashedDownTheChainStillFailsAgainstTheHead() {
        List<LedgerEntry> entries = chain(5);
        ChainHead sealed = head(entries);
        List<LedgerEntry> rewritten = new ArrayList<>(entries.subList(0, 2));
        LedgerEntry previous = rewritten.get(1);
        for (int i = 2; i < 5; i++) {
            previous = LedgerEntry.after("vote", 7, previous, entries.get(i).payload() + (i == 2 ? "x" : ""));
            rewritten.add(previous);
        }
        assertThat(ChainVerifier.problems(rewritten, List.of(), true)).isNotEmpty();
        assertThat(ChainVerifier.problems(rewritten, List.of(sealed), true)).anyMatch(p -> p.contains("head at 5"));
    }

    @Test
    void aDeletedOrInsertedEntryFails() {
        List<LedgerEntry> entries = chain(5);
        ChainHead sealed = head(entries);
        List<LedgerEntry> deleted = new ArrayList<>(entries);
        deleted.remove(3);
        assertThat(ChainVerifier.problems(deleted, List.of(sealed), true)).isNotEmpty();
        List<LedgerEntry> appended = new ArrayList<>(entries);
        appended.add(LedgerEntry.after("vote", 7, entries.get(4), "type=ballot"));
        assertThat(ChainVerifier.problems(appended, List.of(sealed), true)).anyMatch(p -> p.contains("last published head"));
        assertThat(ChainVerifier.problems(appended, List.of(sealed), false)).isEmpty();
    }

    @Test
    void aRecordRoundTripsWithLineBreaksAndBackslashes() {
        LedgerRecord record = LedgerRecord.of("vote").with("title", "Перше\nдруге \\ третє").with("n", 3);
        assertThat(LedgerRecord.decode(record.encode()).get("title")).isEqualTo("Перше\nдруге \\ третє");
        assertThat(record.encode()).doesNotContain("Перше\n");
        assertThat(LedgerRecord.decode(record.encode()).type()).isEqualTo("vote");
    }
}
