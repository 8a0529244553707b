package ua.hromada.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;

/** The correspondence's invariants: a thread's subject and sides, a message's text. */
class CouncilMessageRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aResidentsThreadHasTheDeputyAsItsOfficialSide() {
        MessageThread thread = new MessageThread("  Двір   на Яблунській ", 2L, 1L, NOW);
        assertThat(thread.subject()).isEqualTo("Двір на Яблунській");
        assertThat(thread.withResident()).isTrue();
        assertThat(thread.officialSide(2L)).isTrue();
        assertThat(thread.officialSide(1L)).isFalse();
        assertThat(thread.lastMessageAt()).isEqualTo(NOW);
        thread.wrote(NOW.plusSeconds(60));
        assertThat(thread.lastMessageAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void colleaguesAreBothOfficialSides() {
        MessageThread thread = new MessageThread("Проєкт № 247-VIII", null, 1L, NOW);
        assertThat(thread.withResident()).isFalse();
        assertThat(thread.officialSide(1L)).isTrue();
        assertThat(thread.officialSide(5L)).isTrue();
    }

    @Test
    void aSubjectIsOneLineOfThreeTo200CharactersAndNobodyWritesToThemself() {
        assertKey("council.messages.subject.length", () -> new MessageThread("Ой", 2L, 1L, NOW));
        assertKey("council.messages.subject.length", () -> new MessageThread("т".repeat(201), 2L, 1L, NOW));
        assertKey("council.messages.to-self", () -> new MessageThread("Сам собі", 1L, 1L, NOW));
    }

    @Test
    void aMessageIsOneTo5000CharactersStripped() {
        assertThat(new ThreadMessage(1L, 2L, "  Дякую!  ", NOW).text()).isEqualTo("Дякую!");
        assertKey("council.messages.text.length", () -> new ThreadMessage(1L, 2L, " \n ", NOW));
        assertKey("council.messages.text.length", () -> new ThreadMessage(1L, 2L, null, NOW));
        assertKey("council.messages.text.length", () -> new ThreadMessage(1L, 2L, "т".repeat(ThreadMessage.TEXT_MAX + 1), NOW));
        assertThat(new ThreadMessage(1L, 2L, "т".repeat(ThreadMessage.TEXT_MAX), NOW).text()).hasSize(ThreadMessage.TEXT_MAX);
    }

    private static void assertKey(String key, Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((HromadaException) e).messageKey()).isEqualTo(key));
    }
}
