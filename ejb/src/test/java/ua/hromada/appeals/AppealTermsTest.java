package ua.hromada.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.hromada.core.calendar.WorkingDayCalendar;

class AppealTermsTest {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private static LocalDate due(AppealKind kind, String filedAt, LocalDate... daysOff) {
        return AppealTerms.dueAt(kind, Instant.parse(filedAt), new WorkingDayCalendar(KYIV, Set.of(daysOff)),
                AppealTerms.Terms.LAW).atZone(KYIV).toLocalDate();
    }

    @Test
    void anAppealIsDue30CalendarDaysLaterOrOnTheNextWorkingDay() {
        // Tuesday 1 December 2026 + 30 = Thursday 31 December
        assertThat(due(AppealKind.STATEMENT, "2026-12-01T09:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 31));
        // Friday 4 December + 30 = Sunday 3 January: Monday 4 January
        assertThat(due(AppealKind.COMPLAINT, "2026-12-04T09:00:00Z")).isEqualTo(LocalDate.of(2027, 1, 4));
        // ... and with that Monday a day off, Tuesday
        assertThat(due(AppealKind.COMPLAINT, "2026-12-04T09:00:00Z", LocalDate.of(2027, 1, 4))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aRequestIsDue5WorkingDaysLaterAcrossWeekendsAndDaysOff() {
        // Thursday 3 December: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10
        assertThat(due(AppealKind.INFORMATION_REQUEST, "2026-12-03T09:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(due(AppealKind.INFORMATION_REQUEST, "2026-12-03T09:00:00Z", LocalDate.of(2026, 12, 8)))
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aCommunitysShorterTermsCount() {
        AppealTerms.Terms shorter = new AppealTerms.Terms(15, 3);
        assertThat(AppealTerms.dueAt(AppealKind.PROPOSAL, Instant.parse("2026-12-01T09:00:00Z"), new WorkingDayCalendar(KYIV, Set.of()),
                shorter).atZone(KYIV).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(AppealTerms.dueAt(AppealKind.INFORMATION_REQUEST, Instant.parse("2026-12-03T09:00:00Z"), new WorkingDayCalendar(KYIV,
                Set.of()), shorter).atZone(KYIV).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void anExtensionGoesNoFurtherThan45DaysOr20WorkingDays() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(KYIV, Set.of(LocalDate.of(2027, 1, 15)));
        // Tuesday 1 December + 45 = Friday 15 January, kept even though it is a day off here
        assertThat(AppealTerms.latestExtension(AppealKind.STATEMENT, Instant.parse("2026-12-01T09:00:00Z"), calendar).atZone(KYIV)
                .toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        // Tuesday 1 December + 20 working days (no day off among them) = Tuesday 29 December
        assertThat(AppealTerms.latestExtension(AppealKind.INFORMATION_REQUEST, Instant.parse("2026-12-01T09:00:00Z"), calendar)
                .atZone(KYIV).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void theDayCountsInTheCommunitysTimeZone() {
        // 22:30 UTC on 3 December is 00:30 on 4 December in Kyiv: counted from Friday 4
        assertThat(due(AppealKind.INFORMATION_REQUEST, "2026-12-03T22:30:00Z")).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(AppealTerms.dueAt(AppealKind.STATEMENT, Instant.parse("2026-12-01T09:00:00Z"), new WorkingDayCalendar(KYIV, Set.of()),
                AppealTerms.Terms.LAW))
                .as("by the end of the day").isEqualTo(LocalDate.of(2027, 1, 1).atStartOfDay(KYIV).toInstant().minusNanos(1));
    }

    private static LocalDate resumed(AppealKind kind, String filedAt, String pausedAt, String repliedAt, LocalDate... daysOff) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(KYIV, Set.of(daysOff));
        Instant due = AppealTerms.dueAt(kind, Instant.parse(filedAt), calendar, AppealTerms.Terms.LAW);
        return AppealTerms.dueAfterPause(kind, due, Instant.parse(pausedAt), Instant.parse(repliedAt), calendar).atZone(KYIV)
                .toLocalDate();
    }

    @Test
    void aPausedRequestIsDueLaterByTheWorkingDaysItStoodAcrossAWeekendAndADayOff() {
        LocalDate dayOff = LocalDate.of(2026, 12, 8);
        // filed Thursday 3 December, due Friday 11 (Tuesday 8 is off); paused Friday 4, replied Wednesday 9:
        // Saturday, Sunday and Tuesday 8 do not count, Monday 7 and Wednesday 9 do: 2 working days, so Tuesday 15
        assertThat(resumed(AppealKind.INFORMATION_REQUEST, "2026-12-03T09:00:00Z", "2026-12-04T09:00:00Z", "2026-12-09T12:00:00Z",
                dayOff)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(AppealTerms.daysPaused(AppealKind.INFORMATION_REQUEST, Instant.parse("2026-12-04T09:00:00Z"),
                Instant.parse("2026-12-09T12:00:00Z"), new WorkingDayCalendar(KYIV, Set.of(dayOff)))).isEqualTo(2);
        // paused on Friday, replied on Monday: only Monday counts
        assertThat(resumed(AppealKind.INFORMATION_REQUEST, "2026-12-03T09:00:00Z", "2026-12-04T09:00:00Z", "2026-12-07T08:00:00Z"))
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aPausedAppealIsDueLaterByTheCalendarDaysItStoodThenOnAWorkingDay() {
        // filed Tuesday 1 December, due Thursday 31; paused Friday 4, replied Monday 7: 3 days, Sunday 3 January, so Monday 4
        assertThat(resumed(AppealKind.STATEMENT, "2026-12-01T09:00:00Z", "2026-12-04T09:00:00Z", "2026-12-07T09:00:00Z"))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        // replied the same day: nothing moves
        assertThat(resumed(AppealKind.STATEMENT, "2026-12-01T09:00:00Z", "2026-12-04T07:00:00Z", "2026-12-04T15:00:00Z"))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        // the days are the community's: 22:30 UTC on Friday 4 is Saturday 5 in Kyiv, so Sunday and Monday count
        assertThat(AppealTerms.daysPaused(AppealKind.STATEMENT, Instant.parse("2026-12-04T22:30:00Z"), Instant.parse("2026-12-07T09:00:00Z"),
                new WorkingDayCalendar(KYIV, Set.of()))).isEqualTo(2);
    }

    @Test
    void aPauseMovesTheLongestExtensionToo() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(KYIV, Set.of());
        // 45 days from Tuesday 1 December is Friday 15 January; paused 3 days: Monday 18
        assertThat(AppealTerms.latestExtension(AppealKind.STATEMENT, Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-04T09:00:00Z"), Instant.parse("2026-12-07T09:00:00Z"), calendar).atZone(KYIV).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(AppealTerms.latestExtension(AppealKind.STATEMENT, Instant.parse("2026-12-01T09:00:00Z"), null, null, calendar))
                .isEqualTo(AppealTerms.latestExtension(AppealKind.STATEMENT, Instant.parse("2026-12-01T09:00:00Z"), calendar));
    }
}
