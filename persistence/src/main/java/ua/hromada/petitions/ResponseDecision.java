package ua.hromada.petitions;

/** The council's decision stated in the official response. */
public enum ResponseDecision {
    SUPPORTED, PARTIALLY_SUPPORTED, NOT_SUPPORTED;

    public String labelKey() {
        return "petition.decision." + name().toLowerCase();
    }
}
