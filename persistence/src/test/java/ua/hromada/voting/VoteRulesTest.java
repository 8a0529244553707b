package ua.hromada.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/** A vote's invariants: schedule bounds, options, least age, open only within its schedule, a close only with box = roll. */
class VoteRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static Vote question(Instant opens, Instant closes) {
        return new Vote(1, VoteKind.QUESTION, "Питання?", "", List.of(), opens, closes, 18, "person:1", NOW);
    }

    @Test
    void itIsOpenOnlyWithinItsSchedule() {
        Vote vote = question(NOW.plusSeconds(60), NOW.plus(Duration.ofDays(2)));
        assertThat(vote.isOpen(NOW)).isFalse();
        assertThat(vote.isOpen(NOW.plusSeconds(60))).isTrue();
        assertThat(vote.isOpen(NOW.plus(Duration.ofDays(2)))).isFalse();
        assertThat(vote.choices()).isEqualTo(3);
        assertThat(vote.admitsChoice(0)).isFalse();
        assertThat(vote.admitsChoice(4)).isFalse();
    }

    @Test
    void aScheduleInThePastTooShortOrTooLongIsRefused() {
        assertThatThrownBy(() -> question(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> question(NOW, NOW.plus(Duration.ofMinutes(30)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> question(NOW, NOW.plus(Duration.ofDays(91)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Vote(1, VoteKind.QUESTION, "Питання?", "", List.of(), NOW, NOW.plus(Duration.ofDays(1)), 12, "p", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChooseOneVoteNeedsDistinctOptions() {
        assertThatThrownBy(() -> new Vote(1, VoteKind.OPTION, "Назва?", "", List.of("А"), NOW, NOW.plus(Duration.ofDays(1)), 18, "p", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Vote(1, VoteKind.OPTION, "Назва?", "", List.of("А", "А"), NOW, NOW.plus(Duration.ofDays(1)), 18, "p", NOW))
                .isInstanceOf(InvalidInputException.class);
        Vote vote = new Vote(1, VoteKind.OPTION, "Назва?", "", List.of("А", " ", "Б"), NOW, NOW.plus(Duration.ofDays(1)), 18, "p", NOW);
        assertThat(vote.choices()).isEqualTo(2);
        assertThat(vote.options()).extracting(VoteOption::label).containsExactly("А", "Б");
    }

    @Test
    void aCloseNeedsAsManyBallotsAsRollEntriesAndHappensOnce() {
        Vote vote = question(NOW, NOW.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> vote.close(3, 4, NOW.plus(Duration.ofHours(2)))).isInstanceOf(IllegalStateException.class);
        vote.close(4, 4, NOW.plus(Duration.ofHours(2)));
        assertThat(vote.closesAt()).as("an early close moves the end").isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(vote.isOpen(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThatThrownBy(() -> vote.close(4, 4, NOW.plus(Duration.ofHours(3)))).isInstanceOf(ConflictException.class);
    }
}
