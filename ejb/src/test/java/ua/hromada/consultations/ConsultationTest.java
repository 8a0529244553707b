package ua.hromada.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

class ConsultationTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String QUESTION = "Як облаштувати сквер біля школи, щоб там було затишно всім?";

    private static Consultation draft(Instant starts, Instant ends) {
        return new Consultation(ConsultationKind.QUESTION, "Сквер біля школи", QUESTION, ConsultationCategory.URBAN_PLANNING,
                Audience.RESIDENTS, null, SignInStrength.STRONG, starts, ends, "Модератор", NOW);
    }

    @Test
    void itsPhaseFollowsItsDatesOncePublished() {
        Consultation c = draft(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(8)));
        assertEquals(ConsultationPhase.DRAFT, c.phase(NOW.plus(Duration.ofDays(2))));
        assertFalse(c.isPublic());
        c.publish(NOW);
        assertEquals(ConsultationPhase.UPCOMING, c.phase(NOW));
        assertEquals(ConsultationPhase.OPEN, c.phase(NOW.plus(Duration.ofDays(1))));
        assertEquals(ConsultationPhase.CLOSED, c.phase(NOW.plus(Duration.ofDays(8))), "closed at its end, before the sweeper");
        assertTrue(c.close(NOW.plus(Duration.ofDays(8)), 14));
        assertEquals(NOW.plus(Duration.ofDays(22)), c.reportDueAt(), "the report is due fourteen days after the close");
        assertFalse(c.isReportOverdue(NOW.plus(Duration.ofDays(21))));
        assertTrue(c.isReportOverdue(NOW.plus(Duration.ofDays(22))));
        c.publishReport("Громада врахувала пропозиції щодо тіні та лавок у технічному завданні.", "Модератор", NOW.plus(Duration.ofDays(23)));
        assertFalse(c.isReportOverdue(NOW.plus(Duration.ofDays(30))), "published late, no longer overdue");
        assertFalse(c.close(NOW.plus(Duration.ofDays(9)), 14), "closing twice changes nothing");
        assertEquals(ConsultationStatus.CLOSED, c.status());
    }

    @Test
    void badDraftsArePublishedDraftsAreNotChanged() {
        assertThrows(InvalidInputException.class, () -> draft(NOW, NOW), "the end after the start");
        assertThrows(InvalidInputException.class, () -> draft(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(1))),
                "the end still ahead");
        assertThrows(InvalidInputException.class, () -> new Consultation(ConsultationKind.QUESTION, "Ні", QUESTION,
                ConsultationCategory.OTHER, Audience.RESIDENTS, null, SignInStrength.STRONG, NOW, NOW.plus(Duration.ofDays(1)), "Модератор", NOW), "a title of five characters at least");
        Consultation c = draft(NOW, NOW.plus(Duration.ofDays(3)));
        c.publish(NOW);
        assertThrows(ConflictException.class, () -> c.publish(NOW));
        assertThrows(ConflictException.class, () -> c.edit("Інша назва", QUESTION, ConsultationCategory.OTHER, Audience.SIGNED_IN,
                ResultsShown.LIVE, NOW, NOW.plus(Duration.ofDays(4)), NOW));
    }

    @Test
    void aPollsResultsArePublicLiveOrOnlyAfterItsEnd() {
        Consultation live = new Consultation(ConsultationKind.POLL, "Опитування про сквер", QUESTION, ConsultationCategory.OTHER,
                Audience.SIGNED_IN, ResultsShown.LIVE, SignInStrength.STRONG, NOW, NOW.plus(Duration.ofDays(3)), "Модератор", NOW);
        Consultation later = new Consultation(ConsultationKind.POLL, "Опитування про сквер", QUESTION, ConsultationCategory.OTHER,
                Audience.SIGNED_IN, ResultsShown.AFTER_END, SignInStrength.STRONG, NOW, NOW.plus(Duration.ofDays(3)), "Модератор", NOW);
        live.publish(NOW);
        later.publish(NOW);
        assertTrue(live.resultsVisible(NOW.plusSeconds(60)));
        assertFalse(later.resultsVisible(NOW.plusSeconds(60)));
        assertTrue(later.resultsVisible(NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void aPollQuestionIsCheckedWhenMadeAndRefusesBadAnswers() {
        List<String> three = List.of("Лавки", "Дерева", "Ліхтарі");
        assertThrows(InvalidInputException.class, () -> question(QuestionType.SINGLE, List.of("Одна"), 0, 0, 0, false), "two options at least");
        assertThrows(InvalidInputException.class, () -> question(QuestionType.SINGLE, List.of("Так", "так"), 0, 0, 0, false), "twice");
        assertThrows(InvalidInputException.class, () -> question(QuestionType.RANKING, three, 0, 0, 0, true), "no other in a ranking");
        assertThrows(InvalidInputException.class, () -> question(QuestionType.MULTIPLE, three, 2, 5, 0, false), "at most all options");
        assertThrows(InvalidInputException.class, () -> question(QuestionType.SCORING, three, 0, 0, 11, false), "scores up to ten");
        PollQuestion multiple = question(QuestionType.MULTIPLE, three, 1, 2, 0, true);
        assertEquals(3, multiple.options().size());
        assertEquals(2, multiple.maxChoices());
        PollQuestion ranking = question(QuestionType.RANKING, three, 0, 0, 0, false);
        assertEquals(3, ranking.minChoices(), "a ranking orders every option");
        assertEquals(0, question(QuestionType.SINGLE, three, 0, 0, 7, false).maxScore(), "a score only in a scoring question");
    }

    private static PollQuestion question(QuestionType type, List<String> options, int min, int max, int score, boolean other) {
        return new PollQuestion(1L, 0, "Що потрібно скверу насамперед?", type, options, min, max, score, other);
    }

    @Test
    void aCommentIsPlainTextOfBoundedLength() {
        assertEquals("Тінь і лавки", ConsultationComment.checked("  Тінь і лавки \n"));
        assertEquals("Бюджет < 100 тис., користь > витрат", ConsultationComment.checked("Бюджет < 100 тис., користь > витрат"));
        for (String bad : new String[] {"x", "д".repeat(ConsultationComment.TEXT_MAX + 1), "<b>жирно</b>", "<img src=x onerror=alert(1)>",
                "дивіться < script>alert(1)</script>", "<!-- коментар -->"}) {
            assertThrows(InvalidInputException.class, () -> ConsultationComment.checked(bad), bad);
        }
    }
}
