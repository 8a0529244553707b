package ua.hromada.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.PublicHoliday;
import ua.hromada.core.tenancy.CommunitySettings;

/**
 * The platform console's national public holidays, one year at a time ({@code ?year=}): platform
 * staff see them; platform administrators add one, switch whether it is a day off (under martial
 * law holidays are working days) and remove a wrongly entered one. {@link Calendars} decides.
 */
@Named
@ViewScoped
public class HolidayConsole implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Years the year links reach; outside them a typed {@code ?year=} shows the current year. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Inject
    Calendars calendars;

    @Inject
    Permissions permissions;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    @Inject
    Clock clock;

    private int year;
    private List<PublicHoliday> holidays = List.of();
    private LocalDate day;
    private String nameUk;
    private String nameEn;
    private boolean dayOff;

    /** f:viewAction: the year asked for, else the current one; others than platform staff are refused. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        year = requestedYear(faces.getExternalContext().getRequestParameterMap().get("year"));
        try {
            refresh();
        } catch (ForbiddenException e) {
            access.refuse("/platform/holidays.xhtml");
        }
    }

    private int requestedYear(String asked) {
        if (asked != null && asked.matches("\\d{4}")) {
            int y = Integer.parseInt(asked);
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                return y;
            }
        }
        return Year.now(clock.withZone(CommunitySettings.DEFAULT_ZONE)).getValue();
    }

    private void refresh() {
        holidays = calendars.holidaysIn(Year.of(year));
    }

    /** Whether to offer changes at all; the bean decides again. */
    public boolean isMayEdit() {
        return permissions.allows(Action.PUBLIC_HOLIDAY_EDIT, null);
    }

    public void add() {
        LocalDate added = day;
        if (Messages.attempt(language.getLocale(), "console.holidays.added",
                () -> calendars.addHoliday(added, nameUk, nameEn, dayOff))) {
            year = added.getYear(); // show the year it went into
            refresh();
            day = null;
            nameUk = null;
            nameEn = null;
            dayOff = false;
        }
    }

    public void observe(LocalDate which, boolean asDayOff) {
        act(() -> calendars.observeHoliday(which, asDayOff), "console.holidays.observed");
    }

    public void remove(LocalDate which) {
        act(() -> calendars.removeHoliday(which), "console.holidays.removed");
    }

    private void act(Runnable change, String doneKey) {
        if (Messages.attempt(language.getLocale(), doneKey, change)) {
            refresh();
        }
    }

    /** A holiday's date as people read it, with the weekday (a holiday on a weekend moves nothing). */
    public String dayText(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.getLocale()).format(date);
    }

    public String name(PublicHoliday holiday) {
        return holiday.name(language.getLanguage());
    }

    public int getYear() {
        return year;
    }

    /** The years the year links offer: the one shown and its neighbours. */
    public List<Integer> getYears() {
        return List.of(year - 1, year, year + 1).stream().filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR).toList();
    }

    public List<PublicHoliday> getHolidays() {
        return holidays;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNameUk() {
        return nameUk;
    }

    public void setNameUk(String nameUk) {
        this.nameUk = nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isDayOff() {
        return dayOff;
    }

    public void setDayOff(boolean dayOff) {
        this.dayOff = dayOff;
    }
}
