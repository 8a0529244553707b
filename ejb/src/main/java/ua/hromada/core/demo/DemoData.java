package ua.hromada.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * Loads demo communities through the same beans an administrator uses, only when the system
 * property {@code hromada.demo} is true (the README's run command), and only once: a community
 * that exists already is left as it is. Every registered tool is switched on in the demo
 * communities and then loads its own demo data.
 */
@Singleton
@Startup
public class DemoData {
    public static final String SWITCH = "hromada.demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    CommunityDirectory directory;

    @Inject
    CommunitySettings settings;

    @Inject
    AnnouncementService announcements;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    ToolRegistry tools;

    /**
     * The demo people: national identifier (typed as the "drfo" claim on the mock provider's
     * login page), full name, date of birth (its "birthdate" claim), role and where. README lists them.
     */
    private record DemoPerson(String identifier, String name, LocalDate born, Role role, String community) {
    }

    private static final DemoPerson[] PEOPLE = {
        new DemoPerson("3000000001", "Олена Мешканка", LocalDate.of(1986, 4, 17), Role.RESIDENT, "bucha"),
        new DemoPerson("3000000002", "Андрій Модератор", LocalDate.of(1979, 9, 2), Role.LOCAL_MODERATOR, "bucha"),
        new DemoPerson("3000000003", "Ірина Національна", LocalDate.of(1975, 1, 23), Role.NATIONAL_MODERATOR, null),
        new DemoPerson("3000000004", "Марко Адміністратор", LocalDate.of(1981, 6, 30), Role.PLATFORM_ADMIN, null),
        new DemoPerson("3000000005", "Гість Нерезидент", LocalDate.of(1990, 11, 11), null, null),
        // the tools' demo loaders give these their roles
        new DemoPerson("3000000006", "Софія Секретар", LocalDate.of(1988, 3, 5), null, null),
        new DemoPerson("3000000007", "Тарас Сусід", LocalDate.of(1969, 8, 14), null, null),
        new DemoPerson("3000000008", "Наталія Вчителька", LocalDate.of(1983, 12, 1), null, null),
        new DemoPerson("3000000009", "Василь Виконавець", LocalDate.of(1977, 5, 19), Role.DEPARTMENT_EXECUTOR, "bucha"),
        new DemoPerson("3000000010", "Оксана Депутатка", LocalDate.of(1984, 2, 8), Role.DEPUTY, "bucha"),
    };

    // No transaction here: each community and each announcement is saved in its own, because the
    // tenant of a transaction is fixed when it first touches the database.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        Acting.as(Actor.system("demo-data"), () -> {
            community("bucha", "Бучанська міська громада", "Bucha City Community",
                    "Відключення води 25 листопада", "У вівторок з 9:00 до 13:00 на вулиці Вокзальній не буде води.",
                    "Громадські слухання щодо бюджету", "Запрошуємо мешканців на обговорення бюджету громади на 2027 рік.");
            community("irpin", "Ірпінська міська громада", "Irpin City Community",
                    "Новий маршрут автобуса", "З 1 грудня автобус №7 курсуватиме до залізничного вокзалу.", null, null);
            community("obukhiv", "Обухівська міська громада", "Obukhiv City Community", null, null, null, null);
            demoPeople();
        });
        // each tool's own demo records, after the communities and people they stand on
        tools.all().forEach(ToolManifest::loadDemoData);
    }

    /**
     * Tools' demo loaders: whether the demo is switched on and its people could be registered (a
     * person-key secret is configured), so the tool's demo records have their people to stand on.
     */
    public static boolean withPeople() {
        return Boolean.getBoolean(SWITCH) && System.getProperty("hromada.person-key-secret", "").length() >= 32;
    }

    /** Registers the demo people and their roles, once (a person with a role already is left alone). */
    private void demoPeople() {
        if (System.getProperty("hromada.person-key-secret", "").length() < 32) {
            LOG.warning("No person-key secret configured: demo people are not loaded");
            return;
        }
        for (DemoPerson demo : PEOPLE) {
            long person = people.findOrRegister(demo.identifier(), demo.name(), demo.born()).id();
            if (demo.role() != null && !people.actorOf(person).rolesIn(communityId(demo.community())).contains(demo.role())) {
                grants.grant(person, communityId(demo.community()), demo.role(), null);
            }
        }
    }

    private Long communityId(String slug) {
        return slug == null ? null : directory.bySlug(slug).orElseThrow().id();
    }

    private static final Map<String, List<String>> DEMO_LOCALITIES = Map.of("bucha", List.of("Буча", "Ворзель", "Гостомель"),
            "irpin", List.of("Ірпінь"), "obukhiv", List.of("Обухів"));
    private static final String DEMO_REGION = "Київська область";

    private void community(String slug, String nameUk, String nameEn, String title1, String body1,
            String title2, String body2) {
        if (directory.bySlug(slug).isPresent()) {
            // demo data of an earlier version: only the residency area may be missing
            settings.changeResidency(communityId(slug), DEMO_LOCALITIES.get(slug), DEMO_REGION);
            return;
        }
        long id = directory.create(slug, nameUk, nameEn, KYIV,
                tools.all().stream().map(ToolManifest::key).collect(Collectors.toSet())).id();
        // the demo people's address claims (README) name these towns
        settings.changeResidency(id, DEMO_LOCALITIES.get(slug), DEMO_REGION);
        CurrentCommunity.callAs(id, () -> {
            if (title1 != null) {
                announcements.publish(title1, body1, null);
            }
            if (title2 != null) {
                announcements.publish(title2, body2, null);
            }
            return null;
        });
        LOG.info(() -> "Demo community loaded: /" + slug + "/");
    }
}
