package ua.hromada.consultations.api;

import java.util.ArrayList;
import java.util.List;
import ua.hromada.consultations.PollOption;
import ua.hromada.consultations.PollQuestion;
import ua.hromada.consultations.PollTally;
import ua.hromada.consultations.QuestionType;

/**
 * A public poll's questions with their options and, while its results are shown, each option's
 * figures (absent otherwise): count and share, Borda count and first preferences for a ranking,
 * mean and distribution (how many gave 1, 2, …) for a scoring.
 */
public record PollDto(long consultation, String resultsShown, boolean resultsVisible, Long respondents, List<Question> questions) {

    public record Question(long id, int number, String text, String type, int minChoices, int maxChoices, Integer maxScore,
            boolean otherAllowed, Long others, List<Option> options) {
    }

    public record Option(long id, String label, Long count, Double share, Long borda, Long firstPreferences, Double mean,
            List<Long> distribution) {
    }

    static PollDto of(long consultation, String resultsShown, List<PollQuestion> questions, PollTally tally) {
        List<Question> out = new ArrayList<>();
        for (PollQuestion q : questions) {
            PollTally.QuestionResult r = tally == null ? null : tally.of(q);
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                PollOption o = q.options().get(i);
                options.add(r == null ? new Option(o.id(), o.label(), null, null, null, null, null, null) : option(q, r.options().get(i)));
            }
            out.add(new Question(q.id(), q.number(), q.text(), q.type().name(), q.minChoices(), q.maxChoices(),
                    q.type() == QuestionType.SCORING ? q.maxScore() : null, q.otherAllowed(),
                    r == null || !q.otherAllowed() ? null : r.others(), List.copyOf(options)));
        }
        return new PollDto(consultation, resultsShown, tally != null, tally == null ? null : tally.respondents(), List.copyOf(out));
    }

    private static Option option(PollQuestion q, PollTally.OptionResult r) {
        return switch (q.type()) {
            case RANKING -> new Option(r.option().id(), r.option().label(), null, null, r.borda(), r.firstPreferences(), null, null);
            case SCORING -> new Option(r.option().id(), r.option().label(), null, null, null, null, Math.round(r.mean() * 100) / 100.0,
                    r.distribution());
            default -> new Option(r.option().id(), r.option().label(), r.count(), Math.round(r.share() * 10_000) / 10_000.0, null, null,
                    null, null);
        };
    }

    /** The columns of the results CSV, and one option's row per line. */
    static final String[] COLUMNS = {"question", "question_text", "type", "option", "count", "share", "borda", "first_preferences",
        "mean", "distribution"};

    List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (Question q : questions) {
            for (Option o : q.options()) {
                rows.add(new Object[] {q.number(), q.text(), q.type(), o.label(), o.count(), o.share(), o.borda(), o.firstPreferences(),
                    o.mean(), o.distribution() == null ? null : String.join(" ", o.distribution().stream().map(String::valueOf).toList())});
            }
            if (q.otherAllowed()) {
                rows.add(new Object[] {q.number(), q.text(), q.type(), "other", q.others(), null, null, null, null, null});
            }
        }
        return rows;
    }
}
