package ua.hromada.budget;

import java.time.Instant;
import java.util.List;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.MessageKey;

/**
 * When each of a contest's stages begins: submission, preliminary support, review, voting,
 * results, implementation, each later than the one before (a stage lasts until the next begins).
 */
public record ContestDates(Instant submission, Instant support, Instant review, Instant voting, Instant results, Instant implementation) {
    /** Refuses a missing date or one not after the stage before it, naming the stage. */
    public ContestDates {
        List<Instant> starts = java.util.Arrays.asList(submission, support, review, voting, results, implementation);
        for (int i = 0; i < starts.size(); i++) {
            ContestStage stage = ContestStage.DATED.get(i);
            if (starts.get(i) == null) {
                throw new InvalidInputException("budget.contest.date.required", new MessageKey(stage.labelKey()));
            }
            if (i > 0 && !starts.get(i).isAfter(starts.get(i - 1))) {
                throw new InvalidInputException("budget.contest.date.order", new MessageKey(stage.labelKey()),
                        new MessageKey(ContestStage.DATED.get(i - 1).labelKey()));
            }
        }
    }

    /** When a dated stage begins. */
    public Instant starts(ContestStage stage) {
        return switch (stage) {
            case SUBMISSION -> submission;
            case SUPPORT -> support;
            case REVIEW -> review;
            case VOTING -> voting;
            case RESULTS -> results;
            case IMPLEMENTATION -> implementation;
            default -> throw new IllegalArgumentException("No date begins " + stage);
        };
    }

    /** The stage the dates put a published contest in at {@code now}. */
    public ContestStage stageAt(Instant now) {
        ContestStage at = ContestStage.ANNOUNCED;
        for (ContestStage stage : ContestStage.DATED) {
            if (!starts(stage).isAfter(now)) {
                at = stage;
            }
        }
        return at;
    }
}
