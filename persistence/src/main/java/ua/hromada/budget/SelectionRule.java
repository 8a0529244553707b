package ua.hromada.budget;

/**
 * How a contest's winners are chosen from its approval ballots, per category budget; the rules
 * themselves are {@code ApprovalElection.select}'s.
 */
public enum SelectionRule {
    /** Most approvals first, each taken while it still fits the budget left. */
    BY_VOTES,
    /** The Method of Equal Shares as equalshares.net computes it (Add1U), completed by votes. */
    EQUAL_SHARES;

    public String labelKey() {
        return "budget.rule." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
