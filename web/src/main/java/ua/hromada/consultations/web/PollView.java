package ua.hromada.consultations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationAction;
import ua.hromada.consultations.ConsultationPermissions;
import ua.hromada.consultations.ConsultationPhase;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.PollAnswer;
import ua.hromada.consultations.PollAnswering;
import ua.hromada.consultations.PollOption;
import ua.hromada.consultations.PollQuestion;
import ua.hromada.consultations.PollTally;
import ua.hromada.consultations.QuestionType;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * A poll's part of the consultation page: its questions as a form (plain inputs named by
 * question, so the choices of every type post in one form; a ranking posts its options in the
 * order shown), the person's own response to change, and the results with a chart and a table
 * per question when they are shown.
 */
@Named
@RequestScoped
public class PollView {
    /** The value of the "other" choice among a question's options. */
    static final String OTHER = "other";

    @Inject
    ConsultationView page;

    @Inject
    ConsultationReading reading;

    @Inject
    PollAnswering answering;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    LanguageSelection language;

    private List<PollQuestion> questions;
    private Optional<PollTally> tally;
    private Optional<ConsultationReading.PollResponse> mine;
    /** What was posted and refused, shown again so nothing is lost. */
    private Map<Long, PollAnswer> posted;

    private Consultation poll() {
        return page.getConsultation();
    }

    public List<PollQuestion> getQuestions() {
        if (questions == null) {
            questions = poll() == null ? List.of() : reading.questions(poll().id());
        }
        return questions;
    }

    /** The results when they are shown, else null. */
    public PollTally getTally() {
        if (tally == null) {
            tally = poll() == null ? Optional.empty() : reading.tally(poll().id());
        }
        return tally.orElse(null);
    }

    public ConsultationReading.PollResponse getMine() {
        if (mine == null) {
            mine = poll() == null ? Optional.empty() : reading.myResponse(poll().id());
        }
        return mine.orElse(null);
    }

    /** Whether the signed-in visitor may answer now (the bean checks again). */
    public boolean isMayAnswer() {
        return page.getPhase() == ConsultationPhase.OPEN && permissions.refusal(ConsultationAction.ANSWER, poll()).isEmpty();
    }

    /** Sends the response (or the change); a refusal is shown above the form, which keeps what was chosen. */
    public void respond() {
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        List<PollAnswer> answers = new ArrayList<>();
        posted = new HashMap<>();
        try {
            for (PollQuestion q : getQuestions()) {
                PollAnswer answer = answerOf(q, form);
                answers.add(answer);
                posted.put(q.id(), answer);
            }
        } catch (InvalidInputException e) {
            Messages.show(e, language.getLocale());
            return;
        }
        if (Messages.attempt(language.getLocale(), getMine() == null ? "poll.answered" : "poll.changed",
                () -> answering.respond(poll().id(), answers))) {
            posted = null;
            mine = null;
            tally = null;
        }
    }

    private static PollAnswer answerOf(PollQuestion q, Map<String, String[]> form) {
        String name = "q" + q.id();
        if (q.type() == QuestionType.SCORING) {
            Map<Long, Integer> scores = new HashMap<>();
            for (PollOption o : q.options()) {
                String[] v = form.get(name + "-o" + o.id());
                if (v != null && v.length == 1 && v[0].matches("\\d{1,2}")) {
                    scores.put(o.id(), Integer.parseInt(v[0]));
                }
            }
            return PollAnswer.scoring(q.id(), scores);
        }
        List<Long> options = new ArrayList<>();
        String other = null;
        for (String v : form.getOrDefault(name, new String[0])) {
            if (OTHER.equals(v)) {
                String[] text = form.get(name + "-other");
                other = text == null || text.length != 1 || text[0].isBlank() ? null : text[0];
                if (other == null) {
                    throw new InvalidInputException("poll.answer.other.empty", q.number());
                }
            } else if (v.matches("\\d{1,18}")) {
                options.add(Long.parseLong(v));
            } else {
                throw new InvalidInputException("poll.answer.unknown-option", q.number());
            }
        }
        return PollAnswer.choosing(q.id(), options, other);
    }

    /** The answer the form shows for a question: the refused one just posted, else the person's own. */
    private PollAnswer shown(PollQuestion q) {
        if (posted != null) {
            return posted.get(q.id());
        }
        return getMine() == null ? null : getMine().answers().get(q.id());
    }

    public boolean chosen(PollQuestion q, PollOption o) {
        PollAnswer a = shown(q);
        return a != null && a.options().contains(o.id());
    }

    public boolean otherChosen(PollQuestion q) {
        PollAnswer a = shown(q);
        return a != null && a.other() != null;
    }

    public String otherText(PollQuestion q) {
        PollAnswer a = shown(q);
        return a == null ? null : a.other();
    }

    public boolean scored(PollQuestion q, PollOption o, int score) {
        PollAnswer a = shown(q);
        return a != null && Integer.valueOf(score).equals(a.scores().get(o.id()));
    }

    /** A ranking's options in the order shown: the person's (or the posted) order, else the question's. */
    public List<PollOption> ranked(PollQuestion q) {
        PollAnswer a = shown(q);
        if (a == null || a.options().isEmpty()) {
            return q.options();
        }
        List<PollOption> ordered = new ArrayList<>(q.options());
        ordered.sort(Comparator.comparingInt(o -> {
            int at = a.options().indexOf(o.id());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return ordered;
    }

    public List<Integer> scores(PollQuestion q) {
        List<Integer> scores = new ArrayList<>();
        for (int s = 1; s <= q.maxScore(); s++) {
            scores.add(s);
        }
        return scores;
    }

    /** A question's results, a ranking's sorted by Borda count. */
    public List<PollTally.OptionResult> results(PollQuestion q) {
        PollTally.QuestionResult r = getTally().of(q);
        if (q.type() == QuestionType.RANKING) {
            List<PollTally.OptionResult> sorted = new ArrayList<>(r.options());
            sorted.sort(Comparator.comparingLong(PollTally.OptionResult::borda).reversed());
            return sorted;
        }
        return r.options();
    }

    public long others(PollQuestion q) {
        return getTally().of(q).others();
    }

    public String percent(double share) {
        return String.format(language.getLocale(), "%.1f %%", share * 100);
    }

    public String mean(double mean) {
        return String.format(language.getLocale(), "%.2f", mean);
    }

    /** The Chart.js configuration of a question's bar chart: counts, Borda counts or mean scores by option. */
    public String chart(PollQuestion q) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (PollTally.OptionResult r : results(q)) {
            labels.add(r.option().label());
            switch (q.type()) {
                case RANKING -> data.add(r.borda());
                case SCORING -> data.add(Math.round(r.mean() * 100) / 100.0);
                default -> data.add(r.count());
            }
        }
        String measure = Messages.text(language.getLocale(), switch (q.type()) {
            case RANKING -> "poll.results.borda";
            case SCORING -> "poll.results.mean";
            default -> "poll.results.count";
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", measure).add("data", data)
                                .add("backgroundColor", "#1f5fa8"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
