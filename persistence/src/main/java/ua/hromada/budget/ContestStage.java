package ua.hromada.budget;

import java.util.Locale;

/**
 * Where a contest stands. A draft is the moderators' only; once published, each stage begins at
 * its date and lasts until the next one's, and the deadline sweeper moves the contest on.
 */
public enum ContestStage {
    DRAFT,
    /** Published, its submission not yet open. */
    ANNOUNCED,
    SUBMISSION,
    /** Preliminary support: submitted projects gather their supporters. */
    SUPPORT,
    REVIEW,
    VOTING,
    RESULTS,
    IMPLEMENTATION;

    public String labelKey() {
        return "budget.stage." + name().toLowerCase(Locale.ROOT);
    }

    /** The stages in which residents may save drafts of projects (submitting them waits for SUBMISSION). */
    public static final java.util.Set<ContestStage> DRAFTING = java.util.Set.of(ANNOUNCED, SUBMISSION);

    /** The stages that begin at a date of the contest's, in order. */
    public static final java.util.List<ContestStage> DATED = java.util.List.of(SUBMISSION, SUPPORT, REVIEW, VOTING, RESULTS,
            IMPLEMENTATION);
}
