package ua.hromada.budget;

/** How a contest's winners are chosen from its approval ballots, per category budget. */
public enum SelectionRule {
    /** Most approvals first, each taken while it still fits the budget left. */
    BY_VOTES {
        @Override
        public Selection select(ApprovalElection election) {
            return VotesOrder.select(election);
        }
    },
    /** The Method of Equal Shares as equalshares.net computes it (Add1U), completed by votes. */
    EQUAL_SHARES {
        @Override
        public Selection select(ApprovalElection election) {
            return EqualShares.select(election);
        }
    };

    public abstract Selection select(ApprovalElection election);
}
