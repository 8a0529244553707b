package ua.hromada.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Deadline arithmetic in one community's time zone. A period "of N days from D" starts counting on
 * the day after D (D itself is never counted), as Ukrainian procedural law reads it; a deadline
 * falls due at the end of its last day, local time. Immutable; build one per computation.
 */
public final class WorkingDayCalendar {
    private final ZoneId zone;
    private final Set<LocalDate> daysOff;

    /**
     * @param daysOff public holidays observed as days off plus the community's own days off; it must
     *                cover every date the computations will reach (callers load a generous range)
     */
    public WorkingDayCalendar(ZoneId zone, Set<LocalDate> daysOff) {
        this.zone = zone;
        this.daysOff = Set.copyOf(daysOff);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    /** The community's calendar date at an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The N-th working day after {@code from}; for N = 0, {@code from} itself. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        requireNotNegative(n);
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The N-th calendar day after {@code from}. Where a law moves a term ending on a day off to the
     * next working day, the caller applies {@link #nextWorkingDayFrom} to the result.
     */
    public LocalDate plusCalendarDays(LocalDate from, int n) {
        requireNotNegative(n);
        return from.plusDays(n);
    }

    /**
     * The same day N months later, clamped to the end of a shorter month (31 January + 1 month =
     * 28/29 February), as a term "of N months" ends.
     */
    public LocalDate plusMonths(LocalDate from, int n) {
        requireNotNegative(n);
        return from.plusMonths(n);
    }

    /** The first working day on or after {@code day}. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last instant of a local day: when a deadline on that day falls due. */
    public Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(zone).toInstant();
    }

    /** Deadline instant N working days after the local date of {@code start}. */
    public Instant dueAfterWorkingDays(Instant start, int n) {
        return endOf(plusWorkingDays(dateOf(start), n));
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + n);
        }
    }
}
