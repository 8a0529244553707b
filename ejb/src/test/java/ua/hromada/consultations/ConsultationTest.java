package ua.hromada.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

class ConsultationTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String QUESTION = "Як облаштувати сквер біля школи, щоб там було затишно всім?";

    private static Consultation draft(Instant starts, Instant ends) {
        return new Consultation("Сквер біля школи", QUESTION, ConsultationCategory.URBAN_PLANNING, Audience.RESIDENTS,
                SignInStrength.STRONG, starts, ends, "Модератор", NOW);
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
        assertThrows(InvalidInputException.class, () -> new Consultation("Ні", QUESTION, ConsultationCategory.OTHER, Audience.RESIDENTS,
                SignInStrength.STRONG, NOW, NOW.plus(Duration.ofDays(1)), "Модератор", NOW), "a title of five characters at least");
        Consultation c = draft(NOW, NOW.plus(Duration.ofDays(3)));
        c.publish(NOW);
        assertThrows(ConflictException.class, () -> c.publish(NOW));
        assertThrows(ConflictException.class, () -> c.edit("Інша назва", QUESTION, ConsultationCategory.OTHER, Audience.SIGNED_IN,
                NOW, NOW.plus(Duration.ofDays(4)), NOW));
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
