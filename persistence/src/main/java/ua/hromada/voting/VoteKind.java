package ua.hromada.voting;

/** What a ballot chooses. */
public enum VoteKind {
    /** For, against or abstain (choices 1, 2, 3). */
    QUESTION,
    /** One of the vote's options (choices 1 … n, the options' numbers). */
    OPTION
}
