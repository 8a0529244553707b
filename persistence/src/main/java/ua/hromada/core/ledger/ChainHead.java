package ua.hromada.core.ledger;

import java.time.Instant;

/** A chain's head as it was published at {@code publishedAt}: how long the chain was, and its last hash. */
public record ChainHead(String kind, long subjectId, long position, String hash, Instant publishedAt) {
}
