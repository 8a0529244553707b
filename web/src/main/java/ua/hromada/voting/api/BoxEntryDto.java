package ua.hromada.voting.api;

import ua.hromada.voting.VoteOpenData;

/**
 * One entry of a closed vote's chain on the ledger: its position, its payload exactly as hashed
 * (lines of name=value: the definition, checkpoints, each ballot's id, receipt and choice, the
 * result), the previous hash and its own, so anyone can recompute the chain and recount.
 */
public record BoxEntryDto(String community, long vote, long position, String payload, String prevHash, String hash) {
    static BoxEntryDto of(VoteOpenData.BoxEntry e) {
        return new BoxEntryDto(e.communitySlug(), e.voteId(), e.position(), e.payload(), e.prevHash(), e.hash());
    }

    static final String[] COLUMNS = {"community", "vote", "position", "payload", "prev_hash", "hash"};

    Object[] cells() {
        return new Object[] {community, vote, position, payload, prevHash, hash};
    }
}
