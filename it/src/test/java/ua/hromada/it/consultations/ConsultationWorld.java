package ua.hromada.it.consultations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.Commenting;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationKind;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.Consultations;
import ua.hromada.consultations.PollAnswer;
import ua.hromada.consultations.PollAnswering;
import ua.hromada.consultations.PollQuestion;
import ua.hromada.consultations.QuestionType;
import ua.hromada.consultations.ResultsShown;
import ua.hromada.core.access.Actor;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;

/** A fresh community with consultations switched on, its people and its consultations, for in-container tests. */
public final class ConsultationWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("consultations-it");
    public static final String QUESTION = "Як облаштувати сквер біля школи №3, щоб у ньому було затишно і дітям, і людям похилого віку?";

    public final Consultations consultations = InContainer.bean(Consultations.class);
    public final Commenting commenting = InContainer.bean(Commenting.class);
    public final ConsultationReading reading = InContainer.bean(ConsultationReading.class);

    public final PollAnswering answering = InContainer.bean(PollAnswering.class);

    public ConsultationWorld(String prefix) {
        super(ADMIN, prefix, "Громада обговорень", "consultations");
    }

    /** A consultation the moderator prepared and published, open from an hour ago for {@code days}. */
    public long open(long moderator, Audience audience, int days) {
        Instant now = Instant.now();
        long id = as(moderator, () -> consultations.create(ConsultationKind.QUESTION, "Сквер біля школи", QUESTION,
                ConsultationCategory.URBAN_PLANNING, audience, null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(days))).id());
        as(moderator, () -> consultations.publish(id));
        return id;
    }

    /**
     * A poll the moderator prepared with a question of every type and published, open from an hour
     * ago for {@code days}: how often (one option or "other"), what is needed (one or two), the order of
     * three works (ranking), and the park's state scored 1 to 5 for two aspects.
     */
    public Poll poll(long moderator, Audience audience, ResultsShown shown, int days) {
        Instant now = Instant.now();
        long id = as(moderator, () -> consultations.create(ConsultationKind.POLL, "Парк над річкою", QUESTION,
                ConsultationCategory.ENVIRONMENT, audience, shown, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(days))).id());
        PollQuestion often = as(moderator, () -> consultations.addQuestion(id, "Як часто ви буваєте в парку?", QuestionType.SINGLE,
                List.of("Щодня", "Щотижня", "Рідко"), 0, 0, 0, true));
        PollQuestion need = as(moderator, () -> consultations.addQuestion(id, "Що потрібно парку?", QuestionType.MULTIPLE,
                List.of("Лавки", "Світло", "Туалет"), 1, 2, 0, false));
        PollQuestion order = as(moderator, () -> consultations.addQuestion(id, "Черговість робіт", QuestionType.RANKING,
                List.of("Береги", "Міст", "Дерева"), 0, 0, 0, false));
        PollQuestion state = as(moderator, () -> consultations.addQuestion(id, "Оцініть стан парку", QuestionType.SCORING,
                List.of("Чистота", "Безпека"), 0, 0, 5, false));
        as(moderator, () -> consultations.publish(id));
        return new Poll(id, often, need, order, state);
    }

    /** A published poll and its four questions. */
    public record Poll(long id, PollQuestion often, PollQuestion need, PollQuestion order, PollQuestion state) {
        public long option(PollQuestion q, int i) {
            return q.options().get(i).id();
        }

        /** A full response: often's option (or -1 and other text), need's options, order's options in order, state's two scores. */
        public List<PollAnswer> answers(int often, String other, List<Integer> need, List<Integer> order, int clean, int safe) {
            return List.of(
                    PollAnswer.choosing(this.often.id(), often < 0 ? List.of() : List.of(option(this.often, often)), other),
                    PollAnswer.choosing(this.need.id(), need.stream().map(i -> option(this.need, i)).toList(), null),
                    PollAnswer.choosing(this.order.id(), order.stream().map(i -> option(this.order, i)).toList(), null),
                    PollAnswer.scoring(state.id(), Map.of(option(state, 0), clean, option(state, 1), safe)));
        }
    }
}
