package ua.hromada.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.tenancy.Community;

/** A community's calendar is built from the platform's holidays and its own days off. */
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
}
