package ua.hromada.core.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/** Builds a community's working-day calendar and edits the days off it is made of. */
@Stateless
public class Calendars {
    /** How far ahead a calendar knows days off; longer than any legal term the platform computes. */
    static final int HORIZON_YEARS = 2;
    static final int REASON_MAX = 200;
    /** More than any community declares in two years; the console lists no further. */
    static final int DAYS_OFF_LISTED = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    /** Any bean: the community's calendar, valid for deadlines from {@code from} up to two years on. */
    public WorkingDayCalendar of(Community community, LocalDate from) {
        LocalDate to = from.plusYears(HORIZON_YEARS);
        Set<LocalDate> daysOff = new HashSet<>(em.createNamedQuery(PublicHoliday.DAYS_OFF_BETWEEN, LocalDate.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        daysOff.addAll(em.createNamedQuery(CommunityDayOff.DAYS_BETWEEN, LocalDate.class)
                .setParameter("community", community.id()).setParameter("from", from).setParameter("to", to)
                .getResultList());
        return new WorkingDayCalendar(community.zone(), daysOff);
    }

    /** Anyone: the platform's list of national public holidays. */
    public List<PublicHoliday> publicHolidays() {
        return em.createNamedQuery(PublicHoliday.ALL, PublicHoliday.class).getResultList();
    }

    /** The platform console (national moderators, platform administrators): one year's national holidays, by date. */
    public List<PublicHoliday> holidaysIn(Year year) {
        permissions.require(Action.PLATFORM_CONSOLE_VIEW, null);
        return em.createNamedQuery(PublicHoliday.BETWEEN, PublicHoliday.class).setParameter("from", year.atDay(1))
                .setParameter("to", year.atMonth(12).atEndOfMonth()).getResultList();
    }

    /** Platform administrators: whether a national holiday is a day off (false under martial law). */
    public void observeHoliday(LocalDate day, boolean dayOff) {
        permissions.require(Action.PUBLIC_HOLIDAY_EDIT, null);
        PublicHoliday holiday = holiday(day);
        holiday.observe(dayOff);
        audit.record(null, "holiday.observe", "public_holiday", day, "day_off=" + dayOff);
    }

    /** Platform administrators: adds a national holiday. */
    public void addHoliday(LocalDate day, String nameUk, String nameEn, boolean dayOff) {
        permissions.require(Action.PUBLIC_HOLIDAY_EDIT, null);
        if (day == null) {
            throw new InvalidInputException("holiday.day.required");
        }
        if (em.find(PublicHoliday.class, day) != null) {
            throw new ConflictException("holiday.exists", day);
        }
        PublicHoliday holiday = new PublicHoliday(day, requireText(nameUk), requireText(nameEn), dayOff);
        em.persist(holiday);
        audit.record(null, "holiday.add", "public_holiday", day, holiday.nameUk() + " day_off=" + dayOff);
    }

    /**
     * Platform administrators: deletes a wrongly entered holiday (a typo in the date). Deadlines
     * already computed keep their dates; new ones count the day as a working day.
     */
    public void removeHoliday(LocalDate day) {
        permissions.require(Action.PUBLIC_HOLIDAY_EDIT, null);
        PublicHoliday holiday = holiday(day);
        em.remove(holiday);
        audit.record(null, "holiday.remove", "public_holiday", day, holiday.nameUk() + " day_off=" + holiday.dayOff());
    }

    /** Anyone (days off are public; deadlines depend on them): the community's days off from {@code from} on, earliest first. */
    public List<CommunityDayOff> daysOffFrom(long communityId, LocalDate from) {
        return em.createNamedQuery(CommunityDayOff.FROM, CommunityDayOff.class).setParameter("community", communityId)
                .setParameter("from", from).setMaxResults(DAYS_OFF_LISTED).getResultList();
    }

    /**
     * Local moderators of the community and national moderators: a declared day off is a working
     * day again. Deadlines already computed keep their dates; new ones count the day.
     */
    public void removeDayOff(Community community, LocalDate day) {
        permissions.require(Action.CALENDAR_DAY_OFF_EDIT, community.id());
        CommunityDayOff dayOff = em.createNamedQuery(CommunityDayOff.ON, CommunityDayOff.class)
                .setParameter("community", community.id()).setParameter("day", day).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("calendar.day-off.not-found", day));
        em.remove(dayOff);
        audit.record(community.id(), "calendar.day-off.remove", "community_day_off", day, dayOff.reason());
    }

    /** Local moderators of the community and national moderators: declares a local day off. */
    public void addDayOff(Community community, LocalDate day, String reason) {
        permissions.require(Action.CALENDAR_DAY_OFF_EDIT, community.id());
        String text = requireText(reason);
        if (!em.createNamedQuery(CommunityDayOff.DAYS_BETWEEN, LocalDate.class).setParameter("community", community.id())
                .setParameter("from", day).setParameter("to", day).getResultList().isEmpty()) {
            throw new ConflictException("calendar.day-off.exists", day);
        }
        em.persist(new CommunityDayOff(community.id(), day, text));
        audit.record(community.id(), "calendar.day-off.add", "community_day_off", day, text);
    }

    private PublicHoliday holiday(LocalDate day) {
        PublicHoliday holiday = day == null ? null : em.find(PublicHoliday.class, day);
        if (holiday == null) {
            throw new NotFoundException("holiday.not-found", day);
        }
        return holiday;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank() || text.strip().length() > REASON_MAX) {
            throw new InvalidInputException("calendar.text.invalid", REASON_MAX);
        }
        return text.strip();
    }
}
