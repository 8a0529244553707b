package ua.hromada.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;

/** The council entities' invariants: draft numbers and versions, a session's place and its publication once, names, notes. */
class CouncilRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final String TITLE = "Про затвердження Програми розвитку освітлення";

    @Test
    void aDraftStartsAtVersionOneAndEachRevisionBecomesCurrent() {
        DraftDecision draft = new DraftDecision("  245-VIII ", TITLE, "Виконавчий комітет", 1L, NOW);
        assertThat(draft.number()).isEqualTo("245-VIII");
        assertThat(draft.currentVersion()).isEqualTo(1);
        Instant later = NOW.plusSeconds(3600);
        assertThat(draft.revise(later)).isEqualTo(2);
        assertThat(draft.currentVersion()).isEqualTo(2);
        assertThat(draft.changedAt()).isEqualTo(later);
        assertThat(draft.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftNumberIsOneWordOfLettersDigitsAndSeparators() {
        assertKey("council.draft.number.form", () -> new DraftDecision("245 VIII", TITLE, "Виконавчий комітет", 1L, NOW));
        assertKey("council.draft.number.form", () -> new DraftDecision("<b>1</b>", TITLE, "Виконавчий комітет", 1L, NOW));
        assertKey("council.draft.number.length", () -> new DraftDecision(" ", TITLE, "Виконавчий комітет", 1L, NOW));
        assertKey("council.draft.title.length", () -> new DraftDecision("1", "Коротко", "Виконавчий комітет", 1L, NOW));
        assertThat(new DraftDecision("12/3.1-VIII", TITLE, "Мер", 1L, NOW).number()).isEqualTo("12/3.1-VIII");
    }

    @Test
    void aVersionKeepsItsTextWithinBounds() {
        assertKey("council.draft.text.length", () -> new DraftVersion(1L, 1, "закоротко", null, NOW));
        assertThat(new DraftVersion(1L, 2, "  1. Затвердити Програму (додається).  ", 5L, NOW).text())
                .isEqualTo("1. Затвердити Програму (додається).");
    }

    @Test
    void aSessionNeedsAPlaceUnlessRemoteAndIsPublishedOnceThenFrozen() {
        assertKey("council.session.place", () -> new CouncilSession("Сорок друга сесія", NOW, " ", false, NOW));
        assertKey("council.session.start", () -> new CouncilSession("Сорок друга сесія", null, "Зала", false, NOW));
        CouncilSession remote = new CouncilSession("Сорок друга сесія", NOW, null, true, NOW);
        assertThat(remote.isPublished()).isFalse();
        remote.publish(NOW);
        assertThat(remote.publishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> remote.publish(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> remote.plan("Інша назва сесії", NOW, "Зала", false)).isInstanceOf(ConflictException.class);
    }

    @Test
    void groupsNamesAndConvocationsAreChecked() {
        assertThat(new Faction("  «Громада   разом» ", NOW).name()).isEqualTo("«Громада разом»");
        assertKey("council.group.name.length", () -> new Committee("аб", NOW));
        assertKey("council.convocation.number", () -> new Convocation(0, LocalDate.of(2020, 12, 1), null, NOW));
        assertKey("council.convocation.period", () -> new Convocation(8, LocalDate.of(2020, 12, 1), LocalDate.of(2020, 11, 1), NOW));
    }

    @Test
    void aProfileAndANoteKeepTheirBounds() {
        DeputyProfile deputy = new DeputyProfile(7L, "Оксана Депутатка", NOW);
        deputy.describe(3L, List.of(2L, 1L), " Округ № 3 ", " ");
        assertThat(deputy.committeeIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(deputy.district()).isEqualTo("Округ № 3");
        assertThat(deputy.contacts()).isNull();
        assertKey("council.deputy.contacts.length", () -> deputy.describe(null, List.of(), null, "x".repeat(1001)));
        assertKey("council.note.length", () -> new DraftNote(1L, 7L, "  ", NOW));
        assertKey("council.note.length", () -> new DraftNote(1L, 7L, "x".repeat(10_001), NOW));
    }

    @Test
    void aRollCallCountsForAgainstTheCompositionAndNeedsAQuorumToOpen() {
        assertThat(RollCall.quorum(26)).isEqualTo(14);
        assertThat(RollCall.quorum(12)).isEqualTo(7);
        assertThat(RollCall.Majority.COMPOSITION.needed(26)).isEqualTo(14);
        assertThat(RollCall.Majority.COMPOSITION.needed(27)).isEqualTo(14);
        assertThat(RollCall.Majority.TWO_THIRDS.needed(26)).isEqualTo(18);
        assertThat(RollCall.Majority.TWO_THIRDS.needed(12)).isEqualTo(8);
        assertKey("council.vote.no-quorum", () -> rollCall(1, null, 13));
        assertKey("council.vote.window", () -> new RollCall(1, 1, 1, null, RollCall.Majority.COMPOSITION, 26, 14, NOW, 5));
        assertKey("council.vote.reason", () -> rollCall(2, " ", 14));
        assertThat(rollCall(2, "Технічний збій", 14).reason()).isEqualTo("Технічний збій");
        assertThat(rollCall(1, "ignored on a first round", 14).reason()).isNull();
    }

    @Test
    void aRollCallClosesOnceAfterItsWindowOrWhenEveryoneVoted() {
        RollCall early = rollCall(1, null, 14);
        assertThat(early.accepts(NOW.plusSeconds(59))).isTrue();
        assertThat(early.accepts(NOW.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> early.close(NOW.plusSeconds(30), 10, 2, 1, false)).isInstanceOf(ConflictException.class);
        early.close(NOW.plusSeconds(30), 14, 0, 0, true);
        assertThat(early.outcome()).isEqualTo(RollCall.Outcome.ADOPTED);
        assertThat(early.accepts(NOW.plusSeconds(31))).isFalse();
        assertThatThrownBy(() -> early.close(NOW.plusSeconds(90), 14, 0, 0, true)).isInstanceOf(ConflictException.class);
        RollCall tied = rollCall(1, null, 14);
        tied.close(NOW.plusSeconds(60), 7, 7, 0, false);
        assertThat(tied.outcome()).isEqualTo(RollCall.Outcome.TIED);
        RollCall short1 = rollCall(1, null, 20);
        short1.close(NOW.plusSeconds(60), 13, 2, 5, false);
        assertThat(short1.outcome()).as("13 of 20 present is not 14 of 26 seats").isEqualTo(RollCall.Outcome.NOT_ADOPTED);
        RollCall abstained = rollCall(1, null, 14);
        abstained.close(NOW.plusSeconds(60), 0, 0, 14, false);
        assertThat(abstained.outcome()).isEqualTo(RollCall.Outcome.NOT_ADOPTED);
    }

    @Test
    void aSessionSitsFromItsDayUntilADayAfterItsStart() {
        java.time.ZoneId kyiv = java.time.ZoneId.of("Europe/Kyiv");
        CouncilSession session = new CouncilSession("Сорок друга сесія", Instant.parse("2026-12-10T08:00:00Z"), "Зала", false, NOW);
        assertThat(session.isSitting(Instant.parse("2026-12-10T07:00:00Z"), kyiv)).as("not published").isFalse();
        session.publish(NOW);
        assertThat(session.isSitting(Instant.parse("2026-12-09T21:59:00Z"), kyiv)).as("the day before, in Kyiv").isFalse();
        assertThat(session.isSitting(Instant.parse("2026-12-09T22:00:00Z"), kyiv)).as("midnight in Kyiv").isTrue();
        assertThat(session.isSitting(Instant.parse("2026-12-11T07:59:00Z"), kyiv)).isTrue();
        assertThat(session.isSitting(Instant.parse("2026-12-11T08:00:00Z"), kyiv)).isFalse();
    }

    private static RollCall rollCall(int round, String reason, int registered) {
        return new RollCall(1, 1, round, reason, RollCall.Majority.COMPOSITION, 26, registered, NOW, 60);
    }

    private static void assertKey(String key, Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((HromadaException) e).messageKey()).isEqualTo(key));
    }
}
