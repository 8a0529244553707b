package ua.hromada.core.tenancy;

/** The participation tools a community can switch on; their labels live in the core bundle. */
public enum Tool {
    PETITIONS, CONSULTATIONS, BUDGET, SCHOOL_BUDGET, OPENCITY, APPEALS, VOTING, COUNCIL, STATS;

    /** Bundle key of the tool's display name. */
    public String labelKey() {
        return "tool." + name().toLowerCase();
    }
}
