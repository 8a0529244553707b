package ua.hromada.core.api;

import ua.hromada.core.ledger.Ledger;

/** One published head of a chain of the public ledger: which chain, how long it was, its last hash, when published. */
public record LedgerHeadDto(String community, String chain, long subject, long position, String hash, String publishedAt) {
    static LedgerHeadDto of(Ledger.PublishedHead h) {
        return new LedgerHeadDto(h.communitySlug(), h.head().kind(), h.head().subjectId(), h.head().position(), h.head().hash(),
                h.head().publishedAt().toString());
    }

    static final String[] COLUMNS = {"community", "chain", "subject", "position", "hash", "published_at"};

    Object[] cells() {
        return new Object[] {community, chain, subject, position, hash, publishedAt};
    }
}
