package ua.hromada.consultations;

/** Why someone complains about a comment, and why a moderator hides one; labels in the consultations bundle. */
public enum ComplaintReason {
    SPAM, ABUSE, OFF_TOPIC, PERSONAL_DATA, ILLEGAL, OTHER;

    public String labelKey() {
        return "consultations.complaint-reason." + name().toLowerCase().replace('_', '-');
    }
}
