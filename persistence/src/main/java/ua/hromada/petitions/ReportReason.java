package ua.hromada.petitions;

/** Why someone asks the moderators to look at a published petition again. */
public enum ReportReason {
    OFFENSIVE, UNLAWFUL, FALSE_INFORMATION, SPAM, OTHER;

    public String labelKey() {
        return "petition.report." + name().toLowerCase();
    }
}
