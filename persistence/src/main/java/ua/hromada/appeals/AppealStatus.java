package ua.hromada.appeals;

import java.util.Locale;

/** Where an appeal stands. */
public enum AppealStatus {
    /** Registered with its number and due date, waiting for its answer. */
    REGISTERED,
    /** Answered: the answer is on the applicant's page. */
    ANSWERED,
    /** An information request refused on one of the community's legal grounds: a decision the applicant sees and may appeal. */
    REFUSED,
    /** Its clock stopped while the applicant is asked for a clarification; their reply makes it {@link #REGISTERED} again. */
    AWAITING_CLARIFICATION;

    public String labelKey() {
        return "appeals.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
