package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.PublicHoliday;
import ua.hromada.core.tenancy.Community;
import ua.hromada.it.support.InContainer;

/**
 * A community's calendar is built from the platform's holidays and its own days off; only the
 * platform administrator changes the holidays, audited.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {
    private static final Actor ADMIN = Actor.system("calendar-it");
    private static final LocalDate FRIDAY_BEFORE_INDEPENDENCE_DAY = LocalDate.of(2026, 8, 21);
    private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2026, 8, 24); // a Monday

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("calendar-it", CalendarIT.class);
    }

    @Test
    void holidaysCountOnlyWhenObservedAndLocalDaysOffAlways() {
        Calendars calendars = InContainer.bean(Calendars.class);
        Community community = InContainer.newCommunity(ADMIN, "calendar", "Громада");

        // Shipped under martial law: the holiday is a working day.
        assertEquals(INDEPENDENCE_DAY, calendars.of(community, FRIDAY_BEFORE_INDEPENDENCE_DAY)
                .plusWorkingDays(FRIDAY_BEFORE_INDEPENDENCE_DAY, 1));
        try {
            Acting.as(ADMIN, () -> calendars.observeHoliday(INDEPENDENCE_DAY, true));
            assertEquals(INDEPENDENCE_DAY.plusDays(1), calendars.of(community, FRIDAY_BEFORE_INDEPENDENCE_DAY)
                    .plusWorkingDays(FRIDAY_BEFORE_INDEPENDENCE_DAY, 1));

            Acting.as(ADMIN, () -> calendars.addDayOff(community, INDEPENDENCE_DAY.plusDays(1), "День громади"));
            assertEquals(INDEPENDENCE_DAY.plusDays(2), calendars.of(community, FRIDAY_BEFORE_INDEPENDENCE_DAY)
                    .plusWorkingDays(FRIDAY_BEFORE_INDEPENDENCE_DAY, 1));
            assertThrows(ConflictException.class, () -> Acting.as(ADMIN,
                    () -> calendars.addDayOff(community, INDEPENDENCE_DAY.plusDays(1), "Again")));
        } finally {
            Acting.as(ADMIN, () -> calendars.observeHoliday(INDEPENDENCE_DAY, false));
        }
        assertThrows(ForbiddenException.class, () -> calendars.observeHoliday(INDEPENDENCE_DAY, true));
        assertThrows(ForbiddenException.class, () -> calendars.addDayOff(community, LocalDate.of(2026, 9, 1), "x"));
    }

    @Test
    void platformAdministratorAddsObservesAndRemovesAHolidayAndEveryCalendarFollows() {
        Calendars calendars = InContainer.bean(Calendars.class);
        Community community = InContainer.newCommunity(ADMIN, "holidays", "Громада свят");
        Actor administrator = new Actor("calendar-it-administrator", Set.of(Role.PLATFORM_ADMIN), Map.of(), null, SignInStrength.STRONG);
        LocalDate day = LocalDate.of(2032, 3, 17); // a Wednesday no other test uses
        LocalDate dayBefore = day.minusDays(1);
        assertTrue(calendars.of(community, dayBefore).isWorkingDay(day));

        Acting.as(administrator, () -> calendars.addHoliday(day, " Тестове свято ", "Test holiday", true));
        assertFalse(calendars.of(community, dayBefore).isWorkingDay(day), "a holiday observed as a day off");
        assertEquals(day.plusDays(1), calendars.of(community, dayBefore).plusWorkingDays(dayBefore, 1));
        List<PublicHoliday> of2032 = Acting.as(administrator, () -> calendars.holidaysIn(Year.of(2032)));
        assertEquals(List.of("Тестове свято"), of2032.stream().filter(h -> h.day().equals(day)).map(PublicHoliday::nameUk).toList());
        assertTrue(of2032.stream().allMatch(h -> h.day().getYear() == 2032));

        Acting.as(administrator, () -> calendars.observeHoliday(day, false));
        assertTrue(calendars.of(community, dayBefore).isWorkingDay(day), "under martial law: a working day");
        Acting.as(administrator, () -> calendars.observeHoliday(day, true));
        assertFalse(calendars.of(community, dayBefore).isWorkingDay(day));

        Acting.as(administrator, () -> calendars.removeHoliday(day));
        assertTrue(calendars.of(community, dayBefore).isWorkingDay(day), "removed: a working day again");
        assertTrue(Acting.as(administrator, () -> calendars.holidaysIn(Year.of(2032))).stream().noneMatch(h -> h.day().equals(day)));
        assertThrows(NotFoundException.class, () -> Acting.as(administrator, () -> calendars.removeHoliday(day)));

        List<AuditEntry> entries = InContainer.auditOf("public_holiday", day);
        assertEquals(List.of("holiday.add", "holiday.observe", "holiday.observe", "holiday.remove"),
                entries.stream().map(AuditEntry::action).toList());
        assertTrue(entries.stream().allMatch(e -> e.actor().equals(administrator.name()) && e.communityId() == null));
        assertEquals("Тестове свято day_off=true", entries.get(0).summary());
    }

    @Test
    void moderatorsSeeTheHolidaysOnlyFromThePlatformConsoleAndNeverChangeThem() {
        Calendars calendars = InContainer.bean(Calendars.class);
        Community community = InContainer.newCommunity(ADMIN, "holidays-refused", "Громада без свят");
        Actor administrator = new Actor("calendar-it-administrator", Set.of(Role.PLATFORM_ADMIN), Map.of(), null, SignInStrength.STRONG);
        Actor national = new Actor("calendar-it-national", Set.of(Role.NATIONAL_MODERATOR), Map.of(), null, SignInStrength.STRONG);
        Actor local = new Actor("calendar-it-local", Set.of(), Map.of(community.id(), Set.of(Role.LOCAL_MODERATOR)), null, SignInStrength.STRONG);
        LocalDate day = LocalDate.of(2033, 9, 14);
        int auditedBefore = InContainer.auditOf("public_holiday", INDEPENDENCE_DAY).size();

        assertFalse(Acting.as(national, () -> calendars.holidaysIn(Year.of(2026))).isEmpty(), "national moderators see the list");
        assertThrows(ForbiddenException.class, () -> Acting.as(local, () -> calendars.holidaysIn(Year.of(2026))));
        for (Actor refused : List.of(national, local, Actor.ANONYMOUS)) {
            assertThrows(ForbiddenException.class, () -> Acting.as(refused, () -> calendars.addHoliday(day, "Свято", "Holiday", true)),
                    refused.name());
            assertThrows(ForbiddenException.class, () -> Acting.as(refused, () -> calendars.observeHoliday(INDEPENDENCE_DAY, true)),
                    refused.name());
            assertThrows(ForbiddenException.class, () -> Acting.as(refused, () -> calendars.removeHoliday(INDEPENDENCE_DAY)),
                    refused.name());
        }
        assertTrue(Acting.as(administrator, () -> calendars.holidaysIn(Year.of(2033))).isEmpty(), "nothing was added");
        assertTrue(calendars.of(community, INDEPENDENCE_DAY.minusDays(3)).isWorkingDay(INDEPENDENCE_DAY), "nor observed");
        assertEquals(auditedBefore, InContainer.auditOf("public_holiday", INDEPENDENCE_DAY).size());

        assertThrows(InvalidInputException.class, () -> Acting.as(administrator, () -> calendars.addHoliday(day, " ", "Holiday", true)));
        assertThrows(InvalidInputException.class, () -> Acting.as(administrator, () -> calendars.addHoliday(null, "Свято", "Holiday", true)));
        assertThrows(ConflictException.class, () -> Acting.as(administrator,
                () -> calendars.addHoliday(INDEPENDENCE_DAY, "Ще раз", "Again", false)));
        assertTrue(Acting.as(administrator, () -> calendars.holidaysIn(Year.of(2033))).isEmpty());
    }
}
