package ua.hromada.appeals;

import java.util.Locale;

/** How the applicant found the answer they got. */
public enum AnswerRating {
    SATISFIED, PARTLY_SATISFIED, NOT_SATISFIED;

    public String labelKey() {
        return "appeals.rating." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
