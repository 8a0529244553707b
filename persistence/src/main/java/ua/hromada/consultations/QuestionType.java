package ua.hromada.consultations;

/** How a poll question is answered; what a choice's value means follows from it. */
public enum QuestionType {
    /** One option (or the "other" text). Value 1. */
    SINGLE,
    /** Between a minimum and a maximum of options ("other" counts as one). Value 1. */
    MULTIPLE,
    /** Every option in an order of preference, each rank once. Value: the rank, 1 first. */
    RANKING,
    /** Every option a score from 1 to the question's maximum. Value: the score. */
    SCORING;

    public String labelKey() {
        return "consultations.question-type." + name().toLowerCase();
    }

    /** Whether a free-text "other" answer can stand in for an option. */
    public boolean takesOther() {
        return this == SINGLE || this == MULTIPLE;
    }
}
