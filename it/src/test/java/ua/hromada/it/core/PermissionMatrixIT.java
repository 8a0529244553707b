package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.audit.AuditFilter;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.PublicHoliday;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.InContainer;

/**
 * Every role against every administrative action, through the real bean method behind the action:
 * the expected answers are written out below as a table (not derived from {@link Action}, so the
 * test can disagree with it). A new action needs a row and a call here, or this test fails.
 * Then a moderator of one community tries each community action in another.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {
    private static final Actor SYSTEM = Actor.system("permission-matrix-it");

    /** Who holds what: a community role in community A, a platform role, or nothing (anonymous). */
    private static final List<String> COLUMNS = List.of("RESIDENT", "LOCAL_MODERATOR", "SCHOOL_MODERATOR",
            "DEPARTMENT_EXECUTOR", "DEPUTY", "SECRETARIAT_OFFICER", "NATIONAL_MODERATOR", "PLATFORM_ADMIN", "anonymous");

    /** + allowed, - refused; actions on a community are taken in community A. */
    private static final Map<Action, String> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                 RES LM  SM  DE  DEP SEC NM  PA  anon
        EXPECTED.put(Action.COMMUNITY_CREATE,             " -   -   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.COMMUNITY_EDIT,               " -   -   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.ANNOUNCEMENT_PUBLISH,         " -   +   -   -   -   -   -   +   - ");
        EXPECTED.put(Action.ANNOUNCEMENT_WITHDRAW,        " -   +   -   -   -   -   -   +   - ");
        EXPECTED.put(Action.CALENDAR_DAY_OFF_EDIT,        " -   +   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.COMMUNITY_SETTINGS_EDIT,      " -   +   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.PUBLIC_HOLIDAY_EDIT,          " -   -   -   -   -   -   -   +   - ");
        EXPECTED.put(Action.ROLE_GRANT,                   " -   +   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.API_TOKEN_REVOKE,             " -   +   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.CONSOLE_VIEW,                 " -   +   -   -   -   -   +   +   - ");
        EXPECTED.put(Action.PLATFORM_CONSOLE_VIEW,        " -   -   -   -   -   -   +   +   - ");
    }

    /** The bean method behind each action, taken in the given community where it has one. */
    private interface Call {
        void in(Community community);
    }

    private static final AtomicInteger DAYS = new AtomicInteger();
    private static Fixture fixture;

    /** Two communities, one person per role (in A or platform-wide), and the calls. Built once. */
    private static final class Fixture {
        final Community a;
        final Community b;
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final Map<Action, Call> calls = new EnumMap<>(Action.class);
        final People people = InContainer.bean(People.class);
        final RoleGrants grants = InContainer.bean(RoleGrants.class);

        Fixture() {
            a = InContainer.newCommunity(SYSTEM, "matrix-a", "Громада А", "petitions");
            b = InContainer.newCommunity(SYSTEM, "matrix-b", "Громада Б", "petitions");
            for (String column : COLUMNS) {
                if (column.equals("anonymous")) {
                    actors.put(column, Actor.ANONYMOUS);
                    continue;
                }
                Role role = Role.valueOf(column);
                long person = person(column);
                if (role == Role.PLATFORM_ADMIN) {
                    // not stored: an administrator in the database would stop the first-administrator
                    // bootstrap that PersonSignsInIT checks on the same database
                    actors.put(column, new Actor("person:" + person, Set.of(role), Map.of(), person));
                    continue;
                }
                Acting.as(SYSTEM, () -> grants.grant(person, role == Role.NATIONAL_MODERATOR ? null : a.id(), role, null));
                actors.put(column, people.actorOf(person));
            }
            CommunityDirectory directory = InContainer.bean(CommunityDirectory.class);
            CommunitySettings settings = InContainer.bean(CommunitySettings.class);
            AnnouncementService announcements = InContainer.bean(AnnouncementService.class);
            Calendars calendars = InContainer.bean(Calendars.class);
            AuditTrail audit = InContainer.bean(AuditTrail.class);
            PublicHoliday holiday = calendars.publicHolidays().get(0);

            calls.put(Action.COMMUNITY_CREATE, c -> directory.create("matrix-" + UUID.randomUUID().toString().substring(0, 8),
                    "Нова", "New", CommunitySettings.DEFAULT_ZONE, Set.of()));
            calls.put(Action.COMMUNITY_EDIT, c -> directory.setActive(c.id(), true));
            calls.put(Action.ANNOUNCEMENT_PUBLISH, c -> CurrentCommunity.callAs(c.id(), () -> announcements.publish("Тест", "Текст", null)));
            calls.put(Action.ANNOUNCEMENT_WITHDRAW, c -> {
                long id = Acting.as(SYSTEM, () -> CurrentCommunity.callAs(c.id(), () -> announcements.publish("Зняти", "Текст", null))).id();
                CurrentCommunity.callAs(c.id(), () -> {
                    announcements.withdraw(id);
                    return null;
                });
            });
            calls.put(Action.CALENDAR_DAY_OFF_EDIT, c -> calendars.addDayOff(c, LocalDate.of(2031, 1, 1)
                    .plusDays(DAYS.incrementAndGet()), "Матриця"));
            calls.put(Action.COMMUNITY_SETTINGS_EDIT, c -> settings.change(c.id(), Set.of("petitions"), Map.of(), "Europe/Kyiv"));
            // observing a holiday the way it is observed already: the check runs, nothing changes
            calls.put(Action.PUBLIC_HOLIDAY_EDIT, c -> calendars.observeHoliday(holiday.day(), holiday.dayOff()));
            calls.put(Action.ROLE_GRANT, c -> grants.grant(Acting.as(SYSTEM, () -> person("Депутат")), c.id(), Role.DEPUTY, null));
            ApiTokens tokens = InContainer.bean(ApiTokens.class);
            calls.put(Action.API_TOKEN_REVOKE, c -> {
                long owner = Acting.as(SYSTEM, () -> person("Власниця токена"));
                long token = Acting.as(people.actorOf(owner), () -> tokens.issue(c.id(), TokenScope.READ, "матриця",
                        Instant.now().plus(Duration.ofDays(1)))).token().id();
                tokens.revoke(token, "Матриця дозволів");
            });
            calls.put(Action.CONSOLE_VIEW, c -> audit.ofCommunity(c.id(), AuditFilter.ANY, null, 1));
            calls.put(Action.PLATFORM_CONSOLE_VIEW, c -> audit.platformWide(null, AuditFilter.ANY, null, 1));
        }

        long person(String name) {
            String id = UUID.randomUUID().toString();
            return people.signIn(id, name, "idgov", "sub-" + id).id();
        }

    }

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("permission-matrix-it", PermissionMatrixIT.class);
    }

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = new Fixture();
        }
    }

    @Test
    void everyActionHasARowAndACall() {
        assertEquals(EnumSet.allOf(Action.class), EnumSet.copyOf(EXPECTED.keySet()), "each Action needs a row in EXPECTED");
        assertEquals(EnumSet.allOf(Action.class), EnumSet.copyOf(fixture.calls.keySet()), "each Action needs a call");
    }

    @Test
    void eachRoleMayTakeExactlyTheActionsOfItsRow() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((action, row) -> {
            String[] cells = row.strip().split("\\s+");
            assertEquals(COLUMNS.size(), cells.length, "cells in the row of " + action);
            for (int i = 0; i < cells.length; i++) {
                String column = COLUMNS.get(i);
                boolean allowed = cells[i].equals("+");
                Call call = fixture.calls.get(action);
                try {
                    Acting.as(fixture.actors.get(column), () -> call.in(fixture.a));
                    if (!allowed) {
                        wrong.add(column + " may " + action + " but should be refused");
                    }
                } catch (ForbiddenException e) {
                    if (allowed) {
                        wrong.add(column + " is refused " + action + " but should be allowed");
                    }
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void officialsSignedInByEmailAndPhoneAreRefusedEveryAction() {
        // a phone linked to an official signs in as that person, but at BASIC: none of their powers
        List<String> wrong = new ArrayList<>();
        for (String column : COLUMNS.subList(0, COLUMNS.size() - 1)) {
            Actor strong = fixture.actors.get(column);
            Actor basic = new Actor(strong.name(), strong.platformRoles(), strong.communityRoles(), strong.personId(),
                    SignInStrength.BASIC);
            fixture.calls.forEach((action, call) -> {
                try {
                    Acting.as(basic, () -> call.in(fixture.a));
                    wrong.add(column + " at BASIC may " + action);
                } catch (ForbiddenException e) {
                    // refused, as it must be
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aModeratorOfOneCommunityIsRefusedEveryCommunityActionInAnother() {
        Actor moderatorOfA = fixture.actors.get("LOCAL_MODERATOR");
        for (Action action : List.of(Action.ANNOUNCEMENT_PUBLISH, Action.ANNOUNCEMENT_WITHDRAW, Action.CALENDAR_DAY_OFF_EDIT,
                Action.COMMUNITY_SETTINGS_EDIT, Action.ROLE_GRANT, Action.API_TOKEN_REVOKE, Action.CONSOLE_VIEW)) {
            Call call = fixture.calls.get(action);
            assertDoesNotThrow(() -> Acting.as(moderatorOfA, () -> call.in(fixture.a)), action + " in A");
            assertThrows(ForbiddenException.class, () -> Acting.as(moderatorOfA, () -> call.in(fixture.b)), action + " in B");
        }
    }
}
