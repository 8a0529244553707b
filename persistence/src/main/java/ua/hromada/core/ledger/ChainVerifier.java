package ua.hromada.core.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one chain as published against its published heads: positions run 1, 2, 3 … without a
 * gap, each entry names the previous one's hash, each hash is what its content gives, and every
 * published head is an entry of the chain with that very hash. A sealed chain (a closed vote) must
 * also end exactly at its last head: an entry added after it is a rewrite too. Answers the
 * problems found, in chain order (none: intact).
 */
public final class ChainVerifier {
    private ChainVerifier() {
    }

    public static List<String> problems(List<LedgerEntry> entries, List<ChainHead> heads, boolean sealed) {
        List<String> problems = new ArrayList<>();
        Map<Long, String> hashes = new HashMap<>();
        String prev = ChainHash.GENESIS;
        long expected = 1;
        for (LedgerEntry e : entries) {
            if (e.position() != expected) {
                problems.add("position " + expected + ": found " + e.position() + " instead");
                expected = e.position();
            }
            if (!e.prevHash().equals(prev)) {
                problems.add("position " + e.position() + ": names a previous hash that is not the previous entry's");
            }
            String recomputed = ChainHash.of(e.kind(), e.subjectId(), e.position(), e.prevHash(), e.payload());
            if (!recomputed.equals(e.hash())) {
                problems.add("position " + e.position() + ": its hash is not its content's");
            }
            hashes.put(e.position(), e.hash());
            prev = e.hash();
            expected++;
        }
        long last = 0;
        for (ChainHead head : heads) {
            String at = hashes.get(head.position());
            if (at == null) {
                problems.add("head at " + head.position() + " published " + head.publishedAt() + ": the chain has no such entry");
            } else if (!at.equals(head.hash())) {
                problems.add("head at " + head.position() + " published " + head.publishedAt() + ": the chain's hash there differs");
            }
            last = Math.max(last, head.position());
        }
        if (sealed && expected - 1 != last) {
            problems.add("the chain has " + (expected - 1) + " entries but its last published head is at " + last);
        }
        return problems;
    }
}
