package ua.hromada.appeals;

import java.util.Locale;

/** Where an appeal stands. */
public enum AppealStatus {
    /** Registered with its number and due date, waiting for its answer. */
    REGISTERED,
    /** Answered: the answer is on the applicant's page. */
    ANSWERED;

    public String labelKey() {
        return "appeals.status." + name().toLowerCase(Locale.ROOT);
    }
}
