package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.CommunityDayOff;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * A community's settings through the real beans: its moderator switches tools, sign-in and zone
 * (audited old → new, on the portal at once), lists the localities that make residents, declares
 * and cancels days off; the platform renames; zones and localities out of bounds are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CommunitySettingsIT {
    private static final Actor SYSTEM = Actor.system("community-settings-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("community-settings-it", CommunitySettingsIT.class);
    }

    private CommunitySettings settings;

    @BeforeEach
    void beans() {
        settings = InContainer.bean(CommunitySettings.class);
    }

    private Actor moderatorOf(Community community) {
        People people = InContainer.bean(People.class);
        String id = UUID.randomUUID().toString();
        long person = people.signIn(id, "Модератор налаштувань", "idgov", "sub-" + id).id();
        Acting.as(SYSTEM, () -> InContainer.bean(RoleGrants.class).grant(person, community.id(), Role.LOCAL_MODERATOR, null));
        return people.actorOf(person);
    }

    private static String homePage(Community community) {
        return Http.get(InContainer.baseUrl(), "/" + community.slug() + "/", "uk").body();
    }

    @Test
    void moderatorChangesToolsSignInAndZoneAuditedAndSeenAtOnce() {
        Community community = InContainer.newCommunity(SYSTEM, "settings", "Громада налаштувань");
        Actor moderator = moderatorOf(community);
        assertFalse(homePage(community).contains("Електронні петиції"));

        Community changed = Acting.as(moderator, () -> settings.change(community.id(), Set.of("petitions"),
                Map.of("petitions", SignInStrength.BASIC), "Europe/Warsaw"));

        assertEquals(Set.of("petitions"), changed.tools());
        assertEquals(SignInStrength.BASIC, changed.requiredSignIn("petitions"));
        assertEquals(ZoneId.of("Europe/Warsaw"), changed.zone());
        String home = homePage(community);
        assertTrue(home.contains("Електронні петиції") && home.contains("Можна увійти й через e-mail і телефон"),
                "the portal shows the change at once (the cache forgot the community)");
        List<AuditEntry> entries = InContainer.auditOf("community", community.id());
        AuditEntry change = entries.get(entries.size() - 1);
        assertEquals("community.settings", change.action());
        assertEquals(moderator.name(), change.actor());
        assertEquals("tools [] → [petitions]; sign-in petitions STRONG → BASIC;"
                + " time zone Europe/Kyiv → Europe/Warsaw", change.summary());

        // the same settings again change nothing and write nothing
        Acting.as(moderator, () -> settings.change(community.id(), Set.of("petitions"),
                Map.of("petitions", SignInStrength.BASIC), "Europe/Warsaw"));
        assertEquals(entries.size(), InContainer.auditOf("community", community.id()).size());
    }

    @Test
    void onlyRegisteredToolsCanBeSwitchedOnAndOnlyTheyAreShown() {
        Community community = InContainer.newCommunity(SYSTEM, "settings-tools", "Громада інструментів", "petitions");
        Actor moderator = moderatorOf(community);
        Actor national = new Actor("national", Set.of(Role.NATIONAL_MODERATOR), Map.of(), null, SignInStrength.STRONG);
        int audited = InContainer.auditOf("community", community.id()).size();
        for (String unknown : new String[] {"opencity", "PETITIONS", "../petitions", ""}) {
            assertThrows(InvalidInputException.class, () -> Acting.as(moderator, () -> settings.change(community.id(),
                    Set.of("petitions", unknown), Map.of(), "Europe/Kyiv")), unknown);
            assertThrows(InvalidInputException.class, () -> Acting.as(national, () -> settings.edit(community.id(),
                    community.nameUk(), community.nameEn(), "Europe/Kyiv", Set.of(unknown))), unknown);
            assertThrows(InvalidInputException.class, () -> InContainer.newCommunity(SYSTEM, "settings-unknown", "Ні", unknown),
                    unknown);
        }
        assertEquals(Set.of("petitions"), Acting.as(moderator, () -> settings.of(community.id())).tools(), "nothing was switched");
        assertEquals(audited, InContainer.auditOf("community", community.id()).size(), "a refused change writes no audit entry");

        String home = homePage(community);
        assertTrue(home.contains("data-tool=\"petitions\""), "the enabled registered tool has its card");
    }

    @Test
    void onlyOfferedZonesAndOnlyTheCommunitysModeratorsAreAccepted() {
        Community community = InContainer.newCommunity(SYSTEM, "settings-zone", "Громада поясу");
        Community other = InContainer.newCommunity(SYSTEM, "settings-other", "Інша громада");
        Actor moderator = moderatorOf(community);
        for (String zone : new String[] {"Mars/Olympus", "Europe/Moscow", "", null}) {
            assertThrows(InvalidInputException.class, () -> Acting.as(moderator, () -> settings.change(community.id(),
                    Set.of(), Map.of(), zone)), String.valueOf(zone));
        }
        assertThrows(ForbiddenException.class, () -> Acting.as(moderator, () -> settings.change(other.id(),
                Set.of("petitions"), Map.of(), "Europe/Kyiv")));
        assertThrows(ForbiddenException.class, () -> Acting.as(moderator, () -> settings.of(other.id())));
        assertThrows(ForbiddenException.class, () -> Acting.as(moderator, () -> settings.edit(community.id(), "Нова назва",
                "New name", "Europe/Kyiv", Set.of())), "renaming is the platform's");
        assertEquals(ZoneId.of("Europe/Kyiv"), CommunitySettings.zone("Europe/Kyiv"));
    }

    @Test
    void moderatorDeclaresListsAndCancelsDaysOff() {
        Calendars calendars = InContainer.bean(Calendars.class);
        Community community = InContainer.newCommunity(SYSTEM, "settings-days", "Громада вихідних");
        Actor moderator = moderatorOf(community);
        LocalDate day = LocalDate.of(2030, 5, 8);
        Acting.as(moderator, () -> calendars.addDayOff(community, day, "День громади"));
        Acting.as(moderator, () -> calendars.addDayOff(community, LocalDate.of(2020, 5, 8), "Минулий"));

        List<CommunityDayOff> upcoming = calendars.daysOffFrom(community.id(), LocalDate.of(2026, 1, 1));
        assertEquals(List.of(day), upcoming.stream().map(CommunityDayOff::day).toList());
        assertEquals("День громади", upcoming.get(0).reason());

        Acting.as(moderator, () -> calendars.removeDayOff(community, day));
        assertTrue(calendars.daysOffFrom(community.id(), LocalDate.of(2026, 1, 1)).isEmpty());
        assertTrue(InContainer.auditOf("community_day_off", day).stream().anyMatch(e -> e.action().equals("calendar.day-off.remove")
                && e.communityId().equals(community.id())));
        assertThrows(NotFoundException.class, () -> Acting.as(moderator, () -> calendars.removeDayOff(community, day)));
        assertThrows(ForbiddenException.class, () -> calendars.removeDayOff(community, LocalDate.of(2020, 5, 8)), "anonymous");
    }

    @Test
    void moderatorListsTheLocalitiesWhosePeopleBecomeVerifiedResidentsAtTheirNextSignIn() {
        People people = InContainer.bean(People.class);
        Community community = InContainer.newCommunity(SYSTEM, "settings-residency", "Громада мешканців");
        Actor moderator = moderatorOf(community);
        String locality = "Нове-" + UUID.randomUUID().toString().substring(0, 8);
        String identifier = UUID.randomUUID().toString();
        long person = people.signIn(identifier, "Мешканка", "idgov", "sub-" + identifier, "с. " + locality, "Київська область").id();
        assertFalse(people.actorOf(person).rolesIn(community.id()).contains(Role.RESIDENT), "not listed yet");

        Community changed = Acting.as(moderator, () -> settings.changeResidency(community.id(),
                List.of(" " + locality + " ", "Друге-" + locality, "село " + locality), "Київська область"));
        assertEquals(List.of(locality, "Друге-" + locality), changed.residencyLocalityNames(), "trimmed, the repeat dropped");
        people.signIn(identifier, "Мешканка", "idgov", "sub-" + identifier, "с. " + locality, "Київська область");
        assertTrue(people.actorOf(person).rolesIn(community.id()).contains(Role.RESIDENT), "a verified resident at the next sign-in");
        AuditEntry entry = InContainer.auditOf("community", community.id()).stream().filter(e -> e.action().equals("community.residency"))
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(moderator.name(), entry.actor());
        assertEquals("residency localities [] → [" + locality + ", Друге-" + locality + "]; residency region — → Київська область",
                entry.summary());

        Acting.as(moderator, () -> settings.changeResidency(community.id(), List.of("Друге-" + locality), "Київська область"));
        people.signIn(identifier, "Мешканка", "idgov", "sub-" + identifier, "с. " + locality, "Київська область");
        assertFalse(people.actorOf(person).rolesIn(community.id()).contains(Role.RESIDENT), "taken off the list: no longer");
    }

    @Test
    void residencyLocalitiesAreRefusedToOtherModeratorsAndOnBadInputWithNothingChanged() {
        Community community = InContainer.newCommunity(SYSTEM, "settings-localities", "Громада сіл");
        Community other = InContainer.newCommunity(SYSTEM, "settings-localities-other", "Сусідня громада");
        Actor moderator = moderatorOf(community);
        Acting.as(moderator, () -> settings.changeResidency(community.id(), List.of("Перше", "Друге"), "Київська область"));
        int audited = InContainer.auditOf("community", community.id()).size();

        assertThrows(ForbiddenException.class, () -> Acting.as(moderatorOf(other),
                () -> settings.changeResidency(community.id(), List.of("Чуже"), null)), "a moderator of another community");
        List<List<String>> bad = List.of(List.of("Перше", " "), List.of("Н".repeat(101)), List.of("Перше, Друге"),
                IntStream.rangeClosed(1, 51).mapToObj(i -> "Село " + i).toList());
        for (List<String> localities : bad) {
            assertThrows(InvalidInputException.class, () -> Acting.as(moderator,
                    () -> settings.changeResidency(community.id(), localities, null)), localities.toString());
        }
        assertThrows(InvalidInputException.class, () -> Acting.as(moderator,
                () -> settings.changeResidency(community.id(), List.of("Третє"), "О".repeat(101))));

        Community unchanged = Acting.as(moderator, () -> settings.of(community.id()));
        assertEquals(List.of("Перше", "Друге"), unchanged.residencyLocalityNames());
        assertEquals("Київська область", unchanged.residencyRegion());
        assertEquals(audited, InContainer.auditOf("community", community.id()).size());
    }

    @Test
    void platformEditsNamesZoneAndToolsInOneAuditedChange() {
        Community community = InContainer.newCommunity(SYSTEM, "settings-edit", "Стара назва");
        Actor national = new Actor("national", Set.of(Role.NATIONAL_MODERATOR), Map.of(), null, SignInStrength.STRONG);
        Community edited = Acting.as(national, () -> settings.edit(community.id(), "Нова назва", "New Name", "Europe/Kyiv",
                Set.of("petitions")));
        assertEquals("Нова назва", edited.nameUk());
        assertTrue(homePage(community).contains("Нова назва"));
        AuditEntry edit = InContainer.auditOf("community", community.id()).stream().filter(e -> e.action().equals("community.edit"))
                .findFirst().orElseThrow();
        assertEquals("name Стара назва / Community " + community.slug() + " → Нова назва / New Name; tools [] → [petitions]",
                edit.summary());
    }
}
