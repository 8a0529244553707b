package ua.hromada.consultations;

import java.util.List;
import java.util.Map;

/**
 * One person's answer to one poll question, as they gave it: the chosen options (for a ranking,
 * all of them, first preference first), the scores by option, and the "other" text; what does not
 * apply to the question's type is empty. {@link PollQuestion#check} says whether it is a valid answer.
 */
public record PollAnswer(long questionId, List<Long> options, Map<Long, Integer> scores, String other) {
    public PollAnswer {
        options = options == null ? List.of() : List.copyOf(options);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        other = other == null || other.isBlank() ? null : other.strip();
    }

    public static PollAnswer choosing(long questionId, List<Long> options, String other) {
        return new PollAnswer(questionId, options, Map.of(), other);
    }

    public static PollAnswer scoring(long questionId, Map<Long, Integer> scores) {
        return new PollAnswer(questionId, List.of(), scores, null);
    }
}
