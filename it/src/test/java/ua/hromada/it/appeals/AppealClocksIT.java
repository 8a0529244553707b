package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealEvent;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReading;
import ua.hromada.core.ConflictException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.it.support.InContainer;

/**
 * The statutory clocks at fixed moments in March 2027, on the community's calendar in its own time
 * zone (Europe/Kyiv, UTC+2 until the switch to summer time on 28 March, UTC+3 after): an appeal
 * filed at 00:30 Kyiv time, still the day before in UTC, counts from the Kyiv day; 30 days, or 15
 * when it needs no further study (once, before any extension, not once those 15 are over); a
 * request's 5 working days and its extension to at most 20 skip the community's own day off. Due
 * means the end of that day in Kyiv.
 */
@ExtendWith(ArquillianExtension.class)
class AppealClocksIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("appeal-clocks-it", AppealClocksIT.class, AppealsWorld.class);
    }

    /** 00:30 on Tuesday 2 March 2027 in Kyiv; still Monday 1 March in UTC. */
    private static final Instant FILED = Instant.parse("2027-03-01T22:30:00Z");
    private static final LocalDate DAY_OFF = LocalDate.of(2027, 3, 4);

    private AppealsWorld world;
    private AppealReading reading;
    private long resident;
    private long secretary;

    @BeforeEach
    void world() {
        world = new AppealsWorld("appeal-clocks");
        reading = InContainer.bean(AppealReading.class);
        resident = world.person("Олена Заявниця", Role.RESIDENT);
        secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        assertEquals(0, InContainer.count("select count(*) from public_holiday where day_off = true and day between ? and ?",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 5)), "the expectations below assume no national day off then");
        Community community = InContainer.bean(CommunityDirectory.class).byId(world.community).orElseThrow();
        long moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        world.as(moderator, () -> {
            InContainer.bean(Calendars.class).addDayOff(community, DAY_OFF, "День громади");
            return null;
        });
    }

    @Test
    void theTermsCountFromTheDayInTheCommunitysTimeZoneAndEndAtItsEnd() {
        Appeal appeal = filed(AppealKind.STATEMENT);
        assertEquals(Instant.parse("2027-04-01T20:59:59.999999Z"), appeal.dueAt(),
                "2 March + 30 days = Thursday 1 April, ending at midnight Kyiv summer time (UTC+3)");
        Appeal request = filed(AppealKind.INFORMATION_REQUEST);
        assertEquals(Instant.parse("2027-03-10T21:59:59.999999Z"), request.dueAt(),
                "5 working days after Tuesday 2 March past the community's day off on the 4th: Wednesday 10 March (UTC+2)");

        String why = "Потрібні відомості від комунального підприємства.";
        assertRefused(InvalidInputException.class, "appeals.extend.date", () -> at(FILED.plus(1, ChronoUnit.DAYS), () -> world.as(
                secretary, () -> world.appeals.extend(request.id(), LocalDate.of(2027, 4, 1), why))));
        Appeal extended = at(FILED.plus(1, ChronoUnit.DAYS), () -> world.as(secretary, () -> world.appeals.extend(request.id(),
                LocalDate.of(2027, 3, 31), why)));
        assertEquals(Instant.parse("2027-03-31T20:59:59.999999Z"), extended.dueAt(), "20 working days, the day off skipped: 31 March");
    }

    @Test
    void anAppealThatNeedsNoFurtherStudyIsDueIn15DaysOnceAndOnlyInTime() {
        Appeal appeal = filed(AppealKind.COMPLAINT);
        Appeal shortened = at(FILED.plus(3, ChronoUnit.DAYS), () -> world.as(secretary, () -> world.appeals.needsNoFurtherStudy(
                appeal.id())));
        assertEquals(Instant.parse("2027-03-17T21:59:59.999999Z"), shortened.dueAt(), "2 March + 15 days: Wednesday 17 March");
        assertEquals(1, InContainer.count("select count(*) from deadline where kind = 'appeals.overdue' and subject_id = ? and due_at = ?",
                appeal.id(), shortened.dueAt().plus(1, ChronoUnit.MICROS)), "the sweeper's deadline moved with it");
        AppealReading.Record mine = world.as(resident, () -> reading.own(appeal.id()));
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.NO_FURTHER_STUDY), mine.history().stream().map(AppealEvent::kind)
                .toList());
        assertEquals(List.of("appeals.shorten"), InContainer.auditOf("appeal", appeal.id()).stream().map(AuditEntry::action).toList());
        assertRefused(ConflictException.class, "appeals.shorten.changed", () -> at(FILED.plus(4, ChronoUnit.DAYS), () -> world.as(
                secretary, () -> world.appeals.needsNoFurtherStudy(appeal.id()))));

        Appeal request = filed(AppealKind.INFORMATION_REQUEST);
        assertRefused(InvalidInputException.class, "appeals.shorten.request", () -> at(FILED, () -> world.as(secretary,
                () -> world.appeals.needsNoFurtherStudy(request.id()))));
        Appeal late = filed(AppealKind.STATEMENT);
        assertRefused(ConflictException.class, "appeals.shorten.late", () -> at(FILED.plus(16, ChronoUnit.DAYS), () -> world.as(secretary,
                () -> world.appeals.needsNoFurtherStudy(late.id()))));
        Appeal extended = filed(AppealKind.PROPOSAL);
        at(FILED.plus(1, ChronoUnit.DAYS), () -> world.as(secretary, () -> world.appeals.extend(extended.id(), LocalDate.of(2027, 4, 10),
                "Потрібен висновок підрядника щодо стану тротуару.")));
        assertRefused(ConflictException.class, "appeals.shorten.changed", () -> at(FILED.plus(2, ChronoUnit.DAYS), () -> world.as(
                secretary, () -> world.appeals.needsNoFurtherStudy(extended.id()))));
        assertRefused(ua.hromada.core.ForbiddenException.class, "access.forbidden", () -> at(FILED, () -> world.as(resident,
                () -> world.appeals.needsNoFurtherStudy(appeal.id()))));
    }

    private Appeal filed(AppealKind kind) {
        return at(FILED, () -> world.as(resident, () -> world.appeals.file(world.filing(kind))));
    }

    private static <T> T at(Instant moment, java.util.function.Supplier<T> work) {
        return TimeSource.asIf(moment, work);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
