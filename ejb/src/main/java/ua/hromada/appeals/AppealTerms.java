package ua.hromada.appeals;

import java.time.Instant;
import java.time.LocalDate;
import ua.hromada.core.calendar.WorkingDayCalendar;

/**
 * The statutory terms, on the community's working-day calendar: an appeal is due so many calendar
 * days after the day it came in (a term ending on a day off ends on the next working day, as the
 * Civil Code counts terms), an information request so many working days after. Due means by the
 * end of that day in the community's time zone. A pause for the applicant's clarification moves the
 * due date later by the days the clock stood, in the term's own unit.
 */
public final class AppealTerms {
    /** The law's longest terms, and a community's unless it sets shorter ones. */
    public static final int APPEAL_DAYS = 30;
    public static final int INFORMATION_WORKING_DAYS = 5;
    /** An appeal that needs no further study: at most 15 calendar days. */
    public static final int NO_FURTHER_STUDY_DAYS = 15;
    /** The longest an extension may take them: 45 calendar days in all, 20 working days in all. */
    public static final int EXTENDED_APPEAL_DAYS = 45;
    public static final int EXTENDED_INFORMATION_WORKING_DAYS = 20;

    /** A community's terms: calendar days for appeals, working days for information requests. */
    public record Terms(int appealDays, int requestWorkingDays) {
        public static final Terms LAW = new Terms(APPEAL_DAYS, INFORMATION_WORKING_DAYS);
    }

    private AppealTerms() {
    }

    public static Instant dueAt(AppealKind kind, Instant filedAt, WorkingDayCalendar calendar, Terms terms) {
        LocalDate filed = calendar.dateOf(filedAt);
        LocalDate due = kind.isInformationRequest() ? calendar.plusWorkingDays(filed, terms.requestWorkingDays())
                : calendar.nextWorkingDayFrom(calendar.plusCalendarDays(filed, terms.appealDays()));
        return calendar.endOf(due);
    }

    /**
     * The latest an extension may set: 45 calendar days after the day an appeal came in (no later,
     * even when that day is off), 20 working days after for an information request.
     */
    public static Instant latestExtension(AppealKind kind, Instant filedAt, WorkingDayCalendar calendar) {
        LocalDate filed = calendar.dateOf(filedAt);
        return calendar.endOf(kind.isInformationRequest() ? calendar.plusWorkingDays(filed, EXTENDED_INFORMATION_WORKING_DAYS)
                : calendar.plusCalendarDays(filed, EXTENDED_APPEAL_DAYS));
    }

    /**
     * The due moment of an appeal found to need no further study: 15 calendar days after the day
     * it came in, moved to the next working day when that day is off, like the 30-day term.
     */
    public static Instant noFurtherStudyDueAt(Instant filedAt, WorkingDayCalendar calendar) {
        return calendar.endOf(calendar.nextWorkingDayFrom(calendar.plusCalendarDays(calendar.dateOf(filedAt), NO_FURTHER_STUDY_DAYS)));
    }

    /**
     * The days a paused clock stood: those after the pause's day up to and including the reply's day
     * (the day of the pause had already run; the day of the reply runs again), counting calendar
     * days for an appeal and working days of the community's calendar for an information request.
     */
    public static int daysPaused(AppealKind kind, Instant pausedAt, Instant resumedAt, WorkingDayCalendar calendar) {
        int days = 0;
        for (LocalDate d = calendar.dateOf(pausedAt).plusDays(1); !d.isAfter(calendar.dateOf(resumedAt)); d = d.plusDays(1)) {
            if (!kind.isInformationRequest() || calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    /**
     * The due moment once the clock runs again: {@code dueAt} later by {@link #daysPaused} in the
     * term's unit; an appeal's term then ending on a day off ends on the next working day.
     */
    public static Instant dueAfterPause(AppealKind kind, Instant dueAt, Instant pausedAt, Instant resumedAt, WorkingDayCalendar calendar) {
        int days = daysPaused(kind, pausedAt, resumedAt, calendar);
        if (days == 0) {
            return dueAt;
        }
        LocalDate moved = shifted(kind, calendar.dateOf(dueAt), days, calendar);
        return calendar.endOf(kind.isInformationRequest() ? moved : calendar.nextWorkingDayFrom(moved));
    }

    /** {@link #latestExtension}, later by the days a pause stood (none: {@code pausedAt} or {@code resumedAt} null). */
    public static Instant latestExtension(AppealKind kind, Instant filedAt, Instant pausedAt, Instant resumedAt,
            WorkingDayCalendar calendar) {
        Instant latest = latestExtension(kind, filedAt, calendar);
        if (pausedAt == null || resumedAt == null) {
            return latest;
        }
        return calendar.endOf(shifted(kind, calendar.dateOf(latest), daysPaused(kind, pausedAt, resumedAt, calendar), calendar));
    }

    private static LocalDate shifted(AppealKind kind, LocalDate day, int days, WorkingDayCalendar calendar) {
        return kind.isInformationRequest() ? calendar.plusWorkingDays(day, days) : calendar.plusCalendarDays(day, days);
    }
}
