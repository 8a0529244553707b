package ua.hromada.core.ledger;

/**
 * One entry of a chain: its place (from 1), the text it records, the hash of the entry before it
 * ({@link ChainHash#GENESIS} for the first) and its own hash over all of that.
 */
public record LedgerEntry(String kind, long subjectId, long position, String payload, String prevHash, String hash) {
    /** The entry that follows {@code previous} (null: the first of the chain) with {@code payload}. */
    public static LedgerEntry after(String kind, long subjectId, LedgerEntry previous, String payload) {
        long position = previous == null ? 1 : previous.position() + 1;
        String prev = previous == null ? ChainHash.GENESIS : previous.hash();
        return new LedgerEntry(kind, subjectId, position, payload, prev, ChainHash.of(kind, subjectId, position, prev, payload));
    }
}
