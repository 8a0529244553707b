package ua.hromada.voting.api;

import ua.hromada.voting.VoteOpenData;

/**
 * One line of the votes' results: a closed vote's choice (1 for, 2 against, 3 abstain in a
 * question; an option's number and label otherwise) and its ballots, with the vote's ballots and
 * roll entries (always equal) beside them.
 */
public record VoteResultDto(String community, long vote, String title, int choice, String option, long ballots, long voteBallots,
        long rollEntries, String closedAt) {
    static VoteResultDto of(VoteOpenData.Result r) {
        return new VoteResultDto(r.communitySlug(), r.voteId(), r.title(), r.choice(), r.label() == null ? "" : r.label(), r.ballots(),
                r.voteBallots(), r.rollEntries(), r.closedAt().toString());
    }

    static final String[] COLUMNS = {"community", "vote", "title", "choice", "option", "ballots", "vote_ballots", "roll_entries", "closed_at"};

    Object[] cells() {
        return new Object[] {community, vote, title, choice, option, ballots, voteBallots, rollEntries, closedAt};
    }
}
