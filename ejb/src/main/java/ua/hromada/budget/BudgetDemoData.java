package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.demo.DemoData;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * A demo contest for the README's run command, through the same beans people use: in Bucha the
 * 2027 participatory budget, published with three categories and its submission open, with
 * projects submitted by Олена Мешканка and Тарас Сусід, one entered from a paper form and one
 * draft of Олена's; the 2028 one as a draft; two schools with the lyceum's contest taking its pupils'
 * projects (entered by its school moderator); in Irpin its 2025 contest imported from a pabulib file,
 * its results public. Loaded once, after the core demo data, only when {@code hromada.demo} is true.
 */
@Stateless
public class BudgetDemoData {
    private static final Logger LOG = Logger.getLogger(BudgetDemoData.class.getName());
    private static final String ABOUT = "Громада виділяє 5 мільйонів гривень на ідеї мешканців: подайте проєкт, зберіть"
            + " підтримку, а після перевірки голосуйте за ті, що вам до вподоби. Переможців визначає метод рівних часток.";
    private static final long MILLION = 100_000_000L; // kopecks

    @Inject
    CommunityDirectory directory;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Contests contests;

    @Inject
    ContestReading reading;

    @Inject
    ProjectSubmission submission;

    @Inject
    PabulibImport pabulib;

    @Inject
    Schools schools;

    @Inject
    Clock clock;

    // No transaction here: each step runs in its own, with the tenant set before it starts.
    /** Core's demo loader only (through the manifest), after its communities and people. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        if (!Boolean.getBoolean(DemoData.SWITCH) || System.getProperty("hromada.person-key-secret", "").length() < 32) {
            return;
        }
        long bucha = directory.bySlug("bucha").orElseThrow().id();
        long moderator = people.findOrRegister("3000000002", "Андрій Модератор").id();
        if (!as(moderator, bucha, () -> reading.list(null, 1).items().isEmpty())) {
            return;
        }
        Instant now = clock.instant();
        ContestDates dates = new ContestDates(now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(27)), now.plus(Duration.ofDays(41)),
                now.plus(Duration.ofDays(71)), now.plus(Duration.ofDays(85)), now.plus(Duration.ofDays(120)));
        long resident = people.findOrRegister("3000000001", "Олена Мешканка").id();
        long neighbour = people.findOrRegister("3000000007", "Тарас Сусід").id();
        if (!people.actorOf(neighbour).rolesIn(bucha).contains(Role.RESIDENT)) { // the consultations' demo may have made him one
            Acting.as(Actor.system("demo-data"), () -> grants.grant(neighbour, bucha, Role.RESIDENT, null));
        }
        long contest = as(moderator, bucha, () -> contests.create("Бюджет участі Бучі 2027", ABOUT, 5 * MILLION,
                SelectionRule.EQUAL_SHARES, 16, false, SignInStrength.STRONG, dates, null).id());
        long city = as(moderator, bucha, () -> contests.addCategory(contest, "Загальноміські проєкти", CategoryScope.CITY_WIDE,
                3 * MILLION, 100_000_00L, MILLION, 3).id());
        long vorzel = as(moderator, bucha, () -> contests.addCategory(contest, "Проєкти Ворзеля", CategoryScope.DISTRICT, MILLION,
                50_000_00L, 400_000_00L, null).id());
        long green = as(moderator, bucha, () -> contests.addCategory(contest, "Зелена громада", CategoryScope.THEMATIC, MILLION,
                50_000_00L, 500_000_00L, 2).id());
        as(moderator, bucha, () -> contests.publish(contest));
        submit(bucha, resident, contest, new ProjectContent(city, "Інклюзивний дитячий майданчик у парку Склозаводський",
                "Майданчик, де граються разом діти з інвалідністю і без: гойдалки-гнізда, пандуси, гумове покриття, тінь і лавки для"
                        + " батьків. Зараз у громаді немає жодного такого.", "парк Склозаводський, біля входу з вул. Вокзальної",
                "olena@example.org", List.of(new CostLine("Ігрове обладнання", 620_000_00L), new CostLine("Гумове покриття", 180_000_00L),
                        new CostLine("Лавки, урни, монтаж", 60_000_00L))));
        submit(bucha, neighbour, contest, new ProjectContent(green, "Сто дерев уздовж Яблунської",
                "Висадити сто лип і кленів уздовж вулиці Яблунської з поливом у перші два роки: тінь улітку і менше пилу від дороги.",
                "вул. Яблунська, від вокзалу до ліцею", "+380671234567", List.of(new CostLine("Саджанці (100 шт.)", 150_000_00L),
                        new CostLine("Висадка й полив два роки", 90_000_00L))));
        as(moderator, bucha, () -> submission.enterFromPaper(contest, "Ганна Петрівна Коваль", new ProjectContent(vorzel,
                "Освітлення стежки до станції Ворзель", "Поставити дванадцять ліхтарів на сонячних батареях уздовж стежки від"
                        + " вулиці Курортної до станції: увечері там зараз темно і небезпечно.", "стежка від вул. Курортної до станції",
                "тел. 095 000 11 22 (з бланка)", List.of(new CostLine("Ліхтарі на сонячних батареях (12 шт.)", 264_000_00L),
                        new CostLine("Монтаж", 36_000_00L)))));
        as(resident, bucha, () -> submission.createDraft(contest, new ProjectContent(city, "Велопарковки біля шкіл", null, null, null,
                List.of(new CostLine("Велопарковки (20 шт.)", 120_000_00L)))));
        ContestDates next = new ContestDates(now.plus(Duration.ofDays(300)), now.plus(Duration.ofDays(330)), now.plus(Duration.ofDays(344)),
                now.plus(Duration.ofDays(374)), now.plus(Duration.ofDays(388)), now.plus(Duration.ofDays(420)));
        as(moderator, bucha, () -> contests.create("Бюджет участі Бучі 2028", ABOUT, 6 * MILLION, SelectionRule.BY_VOTES, 14, false,
                SignInStrength.STRONG, next, null).id());
        loadSchools(bucha, moderator, now);
        loadIrpin();
        LOG.info("Demo participatory budget loaded in /bucha/budget and /irpin/budget");
    }

    /**
     * In Bucha, two schools take part; Наталія Вчителька, the lyceum's school moderator, has its
     * 2027 contest taking submissions (voting from the twentieth day) and entered two pupils'
     * projects from their forms; she can print the pupils' codes already.
     */
    private void loadSchools(long bucha, long moderator, Instant now) {
        long teacher = people.findOrRegister("3000000008", "Наталія Вчителька").id();
        Acting.as(Actor.system("demo-data"), () -> grants.grant(teacher, bucha, Role.SCHOOL_MODERATOR, null));
        long lyceum = as(moderator, bucha, () -> schools.add("Бучанський ліцей № 3").id());
        as(moderator, bucha, () -> schools.add("Бучанська гімназія № 5"));
        as(moderator, bucha, () -> {
            schools.assign(lyceum, teacher);
            return null;
        });
        ContestDates dates = new ContestDates(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)), now.plus(Duration.ofDays(13)),
                now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(34)), now.plus(Duration.ofDays(60)));
        long contest = as(moderator, bucha, () -> contests.create("Шкільний бюджет ліцею № 3, 2027", "Ліцей отримує 100 000 гривень"
                + " на ідеї учнів: класи подають проєкти через модераторку, а учні голосують одноразовими кодами з картки.", MILLION / 10,
                SelectionRule.BY_VOTES, 10, false, SignInStrength.STRONG, dates, lyceum).id());
        long ideas = as(moderator, bucha, () -> contests.addCategory(contest, "Ідеї учнів", CategoryScope.THEMATIC, MILLION / 10,
                5_000_00L, 60_000_00L, 2).id());
        as(moderator, bucha, () -> contests.publish(contest));
        as(teacher, bucha, () -> submission.enterFromPaper(contest, "Учні 8-А класу", new ProjectContent(ideas, "Зелений клас на подвір’ї",
                "Лавки-амфітеатр і навіс на шкільному подвір’ї, щоб у теплі дні проводити уроки надворі.", "подвір’я ліцею",
                "класна керівниця 8-А", List.of(new CostLine("Лавки й навіс", 48_000_00L), new CostLine("Монтаж", 7_000_00L)))));
        as(teacher, bucha, () -> submission.enterFromPaper(contest, "Учні 6-Б класу", new ProjectContent(ideas, "Настільні ігри для перерв",
                "Шафа з настільними іграми в холі другого поверху: шахи, «Монополія», пазли — щоб на перервах грати разом, а не в телефонах.",
                "хол другого поверху", "класний керівник 6-Б", List.of(new CostLine("Ігри (25 наборів)", 18_000_00L),
                        new CostLine("Шафа", 6_000_00L)))));
    }

    /** In Irpin, the national moderator imports the 2025 contest's pabulib file (150 voters): its results by equal shares are public. */
    private void loadIrpin() {
        long irpin = directory.bySlug("irpin").orElseThrow().id();
        long national = people.findOrRegister("3000000003", "Ірина Національна").id();
        as(national, irpin, () -> {
            try (BufferedReader file = new BufferedReader(new InputStreamReader(BudgetDemoData.class.getResourceAsStream(
                    "/demo/budget-irpin-2025.pb"), StandardCharsets.UTF_8))) {
                return pabulib.importFile(file, "Бюджет участі Ірпеня 2025", SelectionRule.EQUAL_SHARES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void submit(long community, long author, long contest, ProjectContent content) {
        long draft = as(author, community, () -> submission.createDraft(contest, content).id());
        as(author, community, () -> submission.submit(draft));
    }

    private <T> T as(long person, long community, Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
