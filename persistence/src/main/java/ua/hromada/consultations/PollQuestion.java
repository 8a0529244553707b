package ua.hromada.consultations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/**
 * One question of a poll with its options, fixed once the poll is published. It knows what a
 * valid answer to it is ({@link #check}) and how an answer is stored as choice values
 * ({@link #values}): 1 for a chosen option, the rank in a ranking, the score in a scoring.
 */
@Entity
@Table(name = "poll_question")
@NamedQuery(name = PollQuestion.OF_POLL, query = "select distinct q from PollQuestion q left join fetch q.options"
        + " where q.consultationId = :poll order by q.position")
public class PollQuestion {
    public static final String OF_POLL = "PollQuestion.ofPoll";
    public static final int TEXT_MIN = 5;
    public static final int TEXT_MAX = 500;
    public static final int OPTIONS_MIN = 2;
    public static final int OPTIONS_MAX = 20;
    public static final int SCORE_MIN = 2;
    public static final int SCORE_MAX = 10;
    public static final int OTHER_MAX = 500;
    /** Questions one poll may hold. */
    public static final int PER_POLL = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionType type;

    @Column(name = "min_choices", nullable = false)
    private int minChoices;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "other_allowed", nullable = false)
    private boolean otherAllowed;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PollOption> options = new ArrayList<>();

    protected PollQuestion() {
    }

    /**
     * A question of a draft poll: its text, its type, its options in order (blank lines dropped),
     * for a multiple choice the least and most options a person picks, for a scoring the top score.
     */
    public PollQuestion(long consultationId, int position, String text, QuestionType type, List<String> options, int minChoices,
            int maxChoices, int maxScore, boolean otherAllowed) {
        String t = text == null ? "" : text.strip();
        if (t.length() < TEXT_MIN || t.length() > TEXT_MAX) {
            throw new InvalidInputException("poll.question.text.invalid", TEXT_MIN, TEXT_MAX);
        }
        if (type == null) {
            throw new InvalidInputException("poll.question.type.required");
        }
        List<String> labels = options == null ? List.of() : options.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (labels.size() < OPTIONS_MIN || labels.size() > OPTIONS_MAX) {
            throw new InvalidInputException("poll.question.options.count", OPTIONS_MIN, OPTIONS_MAX);
        }
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (label.length() > PollOption.LABEL_MAX) {
                throw new InvalidInputException("poll.question.option.long", PollOption.LABEL_MAX);
            }
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("poll.question.option.twice", label);
            }
        }
        if (otherAllowed && !type.takesOther()) {
            throw new InvalidInputException("poll.question.other.not-here");
        }
        int choosable = labels.size() + (otherAllowed ? 1 : 0);
        switch (type) {
            case SINGLE -> {
                minChoices = 1;
                maxChoices = 1;
            }
            case MULTIPLE -> {
                if (minChoices < 1 || maxChoices < minChoices || maxChoices > choosable) {
                    throw new InvalidInputException("poll.question.choices.invalid", choosable);
                }
            }
            case RANKING -> {
                minChoices = labels.size();
                maxChoices = labels.size();
            }
            case SCORING -> {
                if (maxScore < SCORE_MIN || maxScore > SCORE_MAX) {
                    throw new InvalidInputException("poll.question.score.invalid", SCORE_MIN, SCORE_MAX);
                }
                minChoices = labels.size();
                maxChoices = labels.size();
            }
        }
        this.consultationId = consultationId;
        this.position = position;
        this.text = t;
        this.type = type;
        this.minChoices = minChoices;
        this.maxChoices = maxChoices;
        this.maxScore = type == QuestionType.SCORING ? maxScore : 0;
        this.otherAllowed = otherAllowed;
        for (int i = 0; i < labels.size(); i++) {
            this.options.add(new PollOption(this, i, labels.get(i)));
        }
    }

    /** Refuses, with what is wrong, an answer that is not a valid one to this question. */
    public void check(PollAnswer answer) {
        int number = position + 1;
        if (answer == null) {
            throw new InvalidInputException("poll.answer.missing", number);
        }
        Set<Long> known = new HashSet<>(options.stream().map(PollOption::id).toList());
        Set<Long> chosen = new HashSet<>();
        for (Long option : answer.options()) {
            if (!known.contains(option)) {
                throw new InvalidInputException("poll.answer.unknown-option", number);
            }
            if (!chosen.add(option)) {
                throw new InvalidInputException(type == QuestionType.RANKING ? "poll.answer.ranking.twice" : "poll.answer.twice", number);
            }
        }
        if (answer.other() != null) {
            if (!otherAllowed) {
                throw new InvalidInputException("poll.answer.other.not-here", number);
            }
            if (answer.other().length() > OTHER_MAX) {
                throw new InvalidInputException("poll.answer.other.long", number, OTHER_MAX);
            }
        }
        int count = chosen.size() + (answer.other() == null ? 0 : 1);
        switch (type) {
            case SINGLE -> {
                if (count != 1) {
                    throw new InvalidInputException("poll.answer.single", number);
                }
            }
            case MULTIPLE -> {
                if (count < minChoices || count > maxChoices) {
                    throw new InvalidInputException("poll.answer.multiple", number, minChoices, maxChoices);
                }
            }
            case RANKING -> {
                if (!chosen.equals(known)) {
                    throw new InvalidInputException("poll.answer.ranking.missing", number);
                }
            }
            case SCORING -> {
                if (!answer.scores().keySet().equals(known)) {
                    throw new InvalidInputException("poll.answer.scoring.missing", number);
                }
                for (Integer score : answer.scores().values()) {
                    if (score == null || score < 1 || score > maxScore) {
                        throw new InvalidInputException("poll.answer.scoring.range", number, maxScore);
                    }
                }
            }
        }
    }

    /** A checked answer as the values of its choice rows, by option. */
    public Map<Long, Integer> values(PollAnswer answer) {
        Map<Long, Integer> values = new LinkedHashMap<>();
        switch (type) {
            case SINGLE, MULTIPLE -> answer.options().forEach(o -> values.put(o, 1));
            case RANKING -> {
                for (int i = 0; i < answer.options().size(); i++) {
                    values.put(answer.options().get(i), i + 1);
                }
            }
            case SCORING -> values.putAll(answer.scores());
        }
        return values;
    }

    public Long id() {
        return id;
    }

    public Long consultationId() {
        return consultationId;
    }

    public int position() {
        return position;
    }

    public int number() {
        return position + 1;
    }

    public String text() {
        return text;
    }

    public QuestionType type() {
        return type;
    }

    public int minChoices() {
        return minChoices;
    }

    public int maxChoices() {
        return maxChoices;
    }

    public int maxScore() {
        return maxScore;
    }

    public boolean otherAllowed() {
        return otherAllowed;
    }

    public List<PollOption> options() {
        return options;
    }
}
