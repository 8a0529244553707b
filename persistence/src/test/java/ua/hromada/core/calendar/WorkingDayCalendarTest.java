package ua.hromada.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private final WorkingDayCalendar plain = new WorkingDayCalendar(KYIV, Set.of());

    @Test
    void workingDaysSkipTheWeekend() {
        LocalDate thursday = LocalDate.of(2026, 11, 19);
        assertThat(plain.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(plain.plusWorkingDays(thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(plain.plusWorkingDays(thursday, 10)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void countingStartsTheDayAfterEvenOnAWeekend() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertThat(plain.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(plain.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void observedHolidaysAndCommunityDaysOffAreSkipped() {
        LocalDate independenceDay = LocalDate.of(2026, 8, 24); // a Monday
        LocalDate localDayOff = LocalDate.of(2026, 8, 25);
        WorkingDayCalendar calendar = new WorkingDayCalendar(KYIV, Set.of(independenceDay, localDayOff));
        LocalDate friday = LocalDate.of(2026, 8, 21);
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(calendar.isWorkingDay(independenceDay)).isFalse();
        assertThat(plain.isWorkingDay(independenceDay)).isTrue();
    }

    @Test
    void workingDaysCrossTheYearBoundary() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(KYIV, Set.of(LocalDate.of(2027, 1, 1)));
        LocalDate wednesday = LocalDate.of(2026, 12, 30);
        assertThat(calendar.plusWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.plusWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void calendarDaysAreCountedPlainly() {
        LocalDate from = LocalDate.of(2026, 12, 20);
        assertThat(plain.plusCalendarDays(from, 90)).isEqualTo(LocalDate.of(2027, 3, 20));
        assertThat(plain.nextWorkingDayFrom(LocalDate.of(2027, 3, 20))).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void monthsClampToTheEndOfAShorterMonth() {
        assertThat(plain.plusMonths(LocalDate.of(2026, 11, 30), 3)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(plain.plusMonths(LocalDate.of(2027, 11, 30), 3)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(plain.plusMonths(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void dueAtTheEndOfTheLocalDayInTheCommunitysZone() {
        // 22:30 UTC on Friday 20 Nov is already Saturday 00:30 in Kyiv: counting starts from Saturday.
        Instant fridayEveningUtc = Instant.parse("2026-11-20T22:30:00Z");
        Instant due = plain.dueAfterWorkingDays(fridayEveningUtc, 1);
        assertThat(due).isEqualTo(Instant.parse("2026-11-23T21:59:59.999999999Z"));

        WorkingDayCalendar lisbon = new WorkingDayCalendar(ZoneId.of("Europe/Lisbon"), Set.of());
        assertThat(lisbon.dueAfterWorkingDays(fridayEveningUtc, 1)).isEqualTo(Instant.parse("2026-11-23T23:59:59.999999999Z"));
    }

    @Test
    void summerTimeChangesTheUtcOffsetOfTheDayEnd() {
        assertThat(plain.endOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-07-01T20:59:59.999999999Z"));
        assertThat(plain.endOf(LocalDate.of(2026, 12, 1))).isEqualTo(Instant.parse("2026-12-01T21:59:59.999999999Z"));
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThatThrownBy(() -> plain.plusWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
