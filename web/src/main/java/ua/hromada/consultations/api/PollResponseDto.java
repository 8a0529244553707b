package ua.hromada.consultations.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ua.hromada.consultations.PollAnswer;
import ua.hromada.core.InvalidInputException;

/**
 * A poll response as a terminal or chat bot sends it: per question the chosen option ids (a
 * ranking's in order, first preference first), the scores by option id, or the "other" text.
 */
public record PollResponseDto(List<Answer> answers) {
    public record Answer(Long question, List<Long> options, Map<String, Integer> scores, String other) {
    }

    /** The answers as the poll checks them; a missing question or an option key that is not a number is refused here. */
    List<PollAnswer> given() {
        List<PollAnswer> given = new ArrayList<>();
        for (Answer a : answers == null ? List.<Answer>of() : answers) {
            if (a == null || a.question() == null) {
                throw new InvalidInputException("poll.answer.unknown-question");
            }
            Map<Long, Integer> scores = new HashMap<>();
            if (a.scores() != null) {
                for (Map.Entry<String, Integer> e : a.scores().entrySet()) {
                    if (e.getKey() == null || !e.getKey().matches("\\d{1,18}")) {
                        throw new InvalidInputException("poll.answer.unknown-option", "?");
                    }
                    scores.put(Long.parseLong(e.getKey()), e.getValue());
                }
            }
            List<Long> options = a.options() == null ? List.of() : a.options().stream().filter(Objects::nonNull).toList();
            given.add(new PollAnswer(a.question(), options, scores, a.other()));
        }
        return given;
    }
}
