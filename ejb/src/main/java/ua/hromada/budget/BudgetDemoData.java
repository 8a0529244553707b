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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.demo.DemoData;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.ToolSettings;

/**
 * A demo contest for the README's run command, through the same beans people use: in Bucha the
 * 2027 participatory budget, published with three categories and its submission open, with
 * projects submitted by Олена Мешканка and Тарас Сусід, one entered from a paper form and one
 * draft of Олена's; the 2028 one as a draft; contests in their support, review, vote and
 * implementation; two schools with the lyceum's contest taking its pupils' projects (entered by its
 * school moderator); in Irpin its 2025 contest imported from a pabulib file, its results public; in
 * Obukhiv a contest announced. Loaded once, after the core demo data, only when {@code hromada.demo} is true.
 */
@Stateless
public class BudgetDemoData {
    private static final Logger LOG = Logger.getLogger(BudgetDemoData.class.getName());
    private static final String ABOUT = "Громада виділяє 5 мільйонів гривень на ідеї мешканців: подайте проєкт, зберіть"
            + " підтримку, а після перевірки голосуйте за ті, що вам до вподоби. Переможців визначає метод рівних часток.";
    private static final String ABOUT_2026 = "Громада виділяє 4 мільйони гривень на ідеї мешканців; переможців визначає кількість"
            + " голосів у кожній категорії.";
    private static final long MILLION = 100_000_000L; // kopecks
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

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
    ProjectSupport support;

    @Inject
    ProjectReview review;

    @Inject
    Voting voting;

    @Inject
    PaperBallots paperBallots;

    @Inject
    Implementation implementation;

    @Inject
    ToolSettings settings;

    @Inject
    DeadlineProcessing deadlines;

    @Inject
    Clock clock;

    // No transaction here: each step runs in its own, with the tenant set before it starts.
    /** Core's demo loader only (through the manifest), after its communities and people. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        if (!DemoData.withPeople()) {
            return;
        }
        long bucha = directory.bySlug("bucha").orElseThrow().id();
        long moderator = people.findOrRegister("3000000002", "Андрій Модератор").id();
        if (!as(moderator, bucha, () -> reading.list(null, 1).items().isEmpty())) {
            return;
        }
        Instant now = clock.instant();
        as(moderator, bucha, () -> {
            settings.change(bucha, BudgetTool.KEY, Map.of("budget.supporters", "1"));
            return null;
        });
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
        loadVoting(bucha, moderator, resident, neighbour, now);
        loadEarlierStages(bucha, moderator, resident, neighbour, now);
        loadSchools(bucha, moderator, now);
        loadImplementation(bucha, moderator, resident, neighbour, now);
        loadIrpin();
        loadObukhiv(now);
        LOG.info("Demo participatory budget loaded in /bucha/budget and /irpin/budget");
    }

    /**
     * In Bucha, two schools take part; Наталія Вчителька, the lyceum's school moderator, entered
     * three pupils' projects from their forms when its contest opened 25 days ago, reviewed them
     * (two admitted, one rejected), and the contest is in its vote now: she prints the pupils' codes.
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
        Instant opened = now.minus(days(25));
        ContestDates dates = new ContestDates(opened, opened.plus(days(3)), opened.plus(days(6)), opened.plus(days(10)), now.plus(days(14)),
                now.plus(days(60)));
        long contest = TimeSource.asIf(opened, () -> {
            long id = as(moderator, bucha, () -> contests.create("Шкільний бюджет ліцею № 3, 2027", "Ліцей отримує 100 000 гривень"
                    + " на ідеї учнів: класи подають проєкти через модераторку, а учні голосують одноразовими кодами з картки.",
                    MILLION / 10, SelectionRule.BY_VOTES, 10, false, SignInStrength.STRONG, dates, lyceum).id());
            long ideas = as(moderator, bucha, () -> contests.addCategory(id, "Ідеї учнів", CategoryScope.THEMATIC, MILLION / 10, 5_000_00L,
                    60_000_00L, 2).id());
            as(moderator, bucha, () -> contests.publish(id));
            return id;
        });
        long ideas = as(moderator, bucha, () -> reading.categories(contest).get(0).id());
        List<Long> projects = TimeSource.asIf(opened.plus(Duration.ofHours(2)), () -> List.of(
                paper(bucha, teacher, contest, "Учні 8-А класу", new ProjectContent(ideas, "Зелений клас на подвір’ї",
                        "Лавки-амфітеатр і навіс на шкільному подвір’ї, щоб у теплі дні проводити уроки надворі.", "подвір’я ліцею",
                        "класна керівниця 8-А", List.of(new CostLine("Лавки й навіс", 48_000_00L), new CostLine("Монтаж", 7_000_00L)))),
                paper(bucha, teacher, contest, "Учні 6-Б класу", new ProjectContent(ideas, "Настільні ігри для перерв", "Шафа з"
                        + " настільними іграми в холі другого поверху: шахи, «Монополія», пазли — щоб на перервах грати разом, а не в"
                        + " телефонах.", "хол другого поверху", "класний керівник 6-Б", List.of(new CostLine("Ігри (25 наборів)",
                        18_000_00L), new CostLine("Шафа", 6_000_00L)))),
                paper(bucha, teacher, contest, "Учні 10-Б класу", new ProjectContent(ideas, "Батут у спортзалі", "Великий батут у"
                        + " спортзалі для уроків фізкультури й перерв.", "спортзал", "класний керівник 10-Б",
                        List.of(new CostLine("Батут із сіткою", 52_000_00L))))));
        reviewedAt(dates, bucha, teacher, projects, null, null, "Батут у спортзалі без страхувальника заборонено правилами безпеки:"
                + " ліцей не може його встановити.");
        TimeSource.asIf(dates.voting().plusSeconds(60), this::sweep);
    }

    /**
     * Буча's 2026 contest, loaded as it went over the last 40 days: five projects submitted (one
     * from a paper form), four supported (the fifth found no supporter), reviewed (three admitted,
     * one rejected with a reason), and in its vote for ten more days: Олена Мешканка
     * voted online and Андрій Модератор entered one paper ballot; Тарас Сусід has not voted yet.
     */
    private void loadVoting(long bucha, long moderator, long resident, long neighbour, Instant now) {
        Instant opened = now.minus(days(40));
        ContestDates dates = new ContestDates(opened, opened.plus(days(5)), opened.plus(days(12)), opened.plus(days(20)), now.plus(days(10)),
                now.plus(days(60)));
        long contest = TimeSource.asIf(opened, () -> {
            long id = as(moderator, bucha, () -> contests.create("Бюджет участі Бучі 2026", ABOUT_2026, 4 * MILLION, SelectionRule.BY_VOTES,
                    16, false, SignInStrength.STRONG, dates, null).id());
            as(moderator, bucha, () -> contests.addCategory(id, "Загальноміські проєкти", CategoryScope.CITY_WIDE, 3 * MILLION,
                    100_000_00L, MILLION, 2));
            as(moderator, bucha, () -> contests.addCategory(id, "Двори й вулиці", CategoryScope.DISTRICT, MILLION, 50_000_00L,
                    500_000_00L, null));
            as(moderator, bucha, () -> contests.publish(id));
            return id;
        });
        List<ContestCategory> categories = as(moderator, bucha, () -> reading.categories(contest));
        long city = categories.get(0).id();
        long yards = categories.get(1).id();
        List<Long> projects = TimeSource.asIf(opened.plus(days(1)), () -> List.of(
                submitted(bucha, resident, contest, new ProjectContent(city, "Світлофор біля ліцею № 3", "Регульований пішохідний"
                        + " перехід із кнопкою виклику на вулиці Вокзальній біля ліцею: щоранку там переходять дорогу сотні дітей.",
                        "вул. Вокзальна, біля ліцею № 3", "olena@example.org", List.of(new CostLine("Світлофор із кнопкою виклику",
                        420_000_00L), new CostLine("Розмітка й монтаж", 80_000_00L)))),
                submitted(bucha, neighbour, contest, new ProjectContent(city, "Громадська вбиральня в центральному парку", "Безкоштовна"
                        + " вбиральня з пеленальним столиком і доступом для людей на візках біля головного входу в парк.",
                        "центральний парк, головний вхід", "+380671234567", List.of(new CostLine("Модульна вбиральня", 640_000_00L),
                        new CostLine("Підведення води й каналізації", 210_000_00L)))),
                paper(bucha, moderator, contest, "Іван Степанович Мельник", new ProjectContent(yards, "Лавки у дворі на вулиці Героїв"
                        + " Майдану", "Шість лавок зі спинками й урни у дворі будинків № 12–16: старшим людям ніде присісти.",
                        "вул. Героїв Майдану, 12–16", "тел. 067 000 33 44 (з бланка)", List.of(new CostLine("Лавки й урни", 96_000_00L),
                        new CostLine("Монтаж", 24_000_00L)))),
                submitted(bucha, resident, contest, new ProjectContent(yards, "Клумби біля Будинку культури", "Багаторічні квіти й"
                        + " крапельний полив на трьох клумбах перед Будинком культури.", "площа перед Будинком культури",
                        "olena@example.org", List.of(new CostLine("Рослини", 60_000_00L), new CostLine("Крапельний полив", 35_000_00L)))),
                submitted(bucha, neighbour, contest, new ProjectContent(yards, "Вуличні тренажери на Яблунській", "Шість вуличних"
                        + " тренажерів із гумовим покриттям біля стадіону.", "вул. Яблунська, біля стадіону", "+380671234567",
                        List.of(new CostLine("Тренажери", 180_000_00L), new CostLine("Покриття", 70_000_00L))))));
        // Bucha asks one supporter a project (its setting): the last project found none
        supportedAt(dates, bucha, projects, neighbour, resident, resident, neighbour);
        reviewedAt(dates, bucha, moderator, projects, null, "Ділянка біля входу в парк — у зоні охорони пам’ятки: вбиральню там не"
                + " погодять.", null, null);
        TimeSource.asIf(dates.voting().plusSeconds(60), () -> {
            sweep();
            as(resident, bucha, () -> voting.vote(contest, Set.of(projects.get(0), projects.get(2))));
            return as(moderator, bucha, () -> paperBallots.enter(contest, "2900000015", Set.of(projects.get(0), projects.get(3))));
        });
    }

    /**
     * Two more of Буча's contests in the stages between: the youth budget in its preliminary support
     * (opened 8 days ago; Тарас supported Олена's project, hers waits for more), and the green
     * budget in its review (opened 20 days ago; three projects in review, the first with its
     * feasibility checked, the rest for Андрій Модератор to review).
     */
    private void loadEarlierStages(long bucha, long moderator, long resident, long neighbour, Instant now) {
        Instant youthOpened = now.minus(days(8));
        ContestDates youth = new ContestDates(youthOpened, now.minus(days(3)), now.plus(days(11)), now.plus(days(20)), now.plus(days(34)),
                now.plus(days(60)));
        long[] young = published(bucha, moderator, "Молодіжний бюджет Бучі 2027", "Ідеї молоді від 14 до 35 років: простори для"
                + " навчання, спорту й дозвілля. Підтримайте проєкти, які хочете бачити в голосуванні.", youth, "Молодіжні простори");
        List<Long> youthProjects = TimeSource.asIf(youthOpened.plus(days(1)), () -> List.of(
                submitted(bucha, resident, young[0], new ProjectContent(young[1], "Коворкінг для студентів у бібліотеці", "Зала з"
                        + " робочими місцями, розетками й вайфаєм у центральній бібліотеці, відкрита до 22:00.", "центральна бібліотека",
                        "olena@example.org", List.of(new CostLine("Меблі й освітлення", 260_000_00L), new CostLine("Техніка", 90_000_00L)))),
                submitted(bucha, neighbour, young[0], new ProjectContent(young[1], "Скейт-майданчик біля стадіону", "Бетонний"
                        + " скейт-майданчик із рампами й освітленням біля міського стадіону.", "біля міського стадіону", "+380671234567",
                        List.of(new CostLine("Рампи й покриття", 700_000_00L), new CostLine("Освітлення", 120_000_00L))))));
        TimeSource.asIf(youth.support().plusSeconds(60), () -> {
            sweep();
            supportBy(bucha, neighbour, youthProjects.get(0));
            return null;
        });
        Instant greenOpened = now.minus(days(20));
        ContestDates green = new ContestDates(greenOpened, greenOpened.plus(days(5)), now.minus(days(5)), now.plus(days(9)), now.plus(days(23)),
                now.plus(days(60)));
        long[] eco = published(bucha, moderator, "Зелений бюджет Бучі 2026", "Проєкти для довкілля: дерева, сортування відходів, чисті"
                + " водойми.", green, "Довкілля");
        List<Long> greenProjects = TimeSource.asIf(greenOpened.plus(days(1)), () -> List.of(
                submitted(bucha, resident, eco[0], new ProjectContent(eco[1], "Станція сортування відходів у кожному мікрорайоні",
                        "Шість майданчиків із контейнерами для скла, пластику й паперу та інформаційними табличками.",
                        "мікрорайони громади", "olena@example.org", List.of(new CostLine("Контейнери (36 шт.)", 324_000_00L),
                        new CostLine("Майданчики", 156_000_00L)))),
                submitted(bucha, neighbour, eco[0], new ProjectContent(eco[1], "Очищення ставка в парку Ворзеля", "Розчистити ставок від"
                        + " мулу, укріпити береги й поставити дві альтанки.", "парк Ворзеля", "+380671234567",
                        List.of(new CostLine("Розчищення й береги", 610_000_00L), new CostLine("Альтанки", 140_000_00L)))),
                paper(bucha, moderator, eco[0], "Марія Олексіївна Бондар", new ProjectContent(eco[1], "Сад лікарських трав біля"
                        + " поліклініки", "Клумби з лікарськими травами й табличками для прогулянок пацієнтів.", "двір поліклініки",
                        "тел. 063 000 55 66 (з бланка)", List.of(new CostLine("Рослини й ґрунт", 80_000_00L), new CostLine("Таблички",
                        20_000_00L))))));
        TimeSource.asIf(green.support().plusSeconds(60), () -> {
            sweep();
            supportBy(bucha, neighbour, greenProjects.get(0));
            supportBy(bucha, resident, greenProjects.get(1));
            supportBy(bucha, resident, greenProjects.get(2));
            return null;
        });
        TimeSource.asIf(green.review().plusSeconds(60), () -> {
            sweep();
            return as(moderator, bucha, () -> review.check(greenProjects.get(0), CheckKind.FEASIBILITY, true, "Майданчики погоджено з"
                    + " комунальним підприємством."));
        });
    }

    /**
     * Буча's 2025 contest, loaded as it went over the last 420 days and now in its implementation:
     * four projects, three admitted and voted on (Олена and Тарас online, three paper ballots),
     * the two winners by votes tracked since: the shelter's equipment done, the sports ground in
     * progress with a milestone still ahead.
     */
    private void loadImplementation(long bucha, long moderator, long resident, long neighbour, Instant now) {
        Instant opened = now.minus(days(420));
        ContestDates dates = new ContestDates(opened, opened.plus(days(30)), opened.plus(days(44)), opened.plus(days(74)),
                opened.plus(days(88)), opened.plus(days(120)));
        long[] past = published(bucha, moderator, "Бюджет участі Бучі 2025", "Мільйон гривень на ідеї мешканців; переможців визначає"
                + " кількість голосів.", dates, "Загальноміські проєкти");
        List<Long> projects = TimeSource.asIf(opened.plus(days(2)), () -> List.of(
                submitted(bucha, resident, past[0], new ProjectContent(past[1], "Обладнати укриття в ліцеї № 1", "Вентиляція, освітлення,"
                        + " лавки й запас води в укритті ліцею, щоб уроки тривали й під час тривоги.", "ліцей № 1, вул. Енергетиків",
                        "olena@example.org", List.of(new CostLine("Вентиляція й освітлення",
                        310_000_00L), new CostLine("Лавки, вода, аптечки", 140_000_00L)))),
                submitted(bucha, neighbour, past[0], new ProjectContent(past[1], "Спортивний майданчик у Ворзелі", "Майданчик для"
                        + " міні-футболу й баскетболу зі штучним покриттям і сіткою біля школи у Ворзелі.", "Ворзель, біля школи",
                        "+380671234567", List.of(new CostLine("Покриття й розмітка", 260_000_00L), new CostLine("Ворота, кошики, сітка",
                        120_000_00L)))),
                paper(bucha, moderator, past[0], "Ольга Миколаївна Шевчук", new ProjectContent(past[1], "Бібліотека-кафе для старших"
                        + " людей", "Куточок із книжками великим шрифтом, чаєм і заняттями з ґаджетів у бібліотеці щосереди.",
                        "центральна бібліотека", "тел. 050 000 77 88 (з бланка)", List.of(new CostLine("Меблі й книжки", 210_000_00L),
                        new CostLine("Планшети для занять", 90_000_00L)))),
                submitted(bucha, resident, past[0], new ProjectContent(past[1], "Фонтан на центральній площі", "Світломузичний фонтан"
                        + " на площі перед міською радою.", "центральна площа", "olena@example.org", List.of(new CostLine("Фонтан",
                        900_000_00L))))));
        supportedAt(dates, bucha, projects, neighbour, resident, resident, neighbour);
        reviewedAt(dates, bucha, moderator, projects, null, null, null, "Площа — пам’ятка містобудування: фонтан там не погодять, і він"
                + " коштує майже весь бюджет конкурсу.");
        TimeSource.asIf(dates.voting().plusSeconds(60), () -> {
            sweep();
            as(resident, bucha, () -> voting.vote(past[0], Set.of(projects.get(0), projects.get(2))));
            as(neighbour, bucha, () -> voting.vote(past[0], Set.of(projects.get(0), projects.get(1))));
            for (String paper : List.of("2900000023", "2900000031", "2900000049")) {
                as(moderator, bucha, () -> paperBallots.enter(past[0], paper, Set.of(projects.get(1), projects.get(0))));
            }
            return null;
        });
        // the results stage stores the winners (the shelter, 5 votes, and the sports ground, 4) and plans their implementation
        TimeSource.asIf(dates.results().plusSeconds(60), this::sweep);
        TimeSource.asIf(dates.implementation().plusSeconds(60), () -> {
            sweep();
            track(bucha, moderator, projects.get(0), ImplementationStatus.PROCUREMENT, 0, "Оголошено закупівлю обладнання.");
            return as(moderator, bucha, () -> implementation.addMilestone(projects.get(0), "Монтаж вентиляції",
                    LocalDate.ofInstant(dates.implementation().plus(days(90)), KYIV)));
        });
        TimeSource.asIf(dates.implementation().plus(days(150)), () -> {
            long milestone = as(moderator, bucha, () -> implementation.milestones(projects.get(0))).get(0).id();
            as(moderator, bucha, () -> implementation.milestoneDone(projects.get(0), milestone, LocalDate.ofInstant(
                    dates.implementation().plus(days(140)), KYIV)));
            track(bucha, moderator, projects.get(0), ImplementationStatus.DONE, 438_500_00L, "Укриття обладнано й прийнято; зекономлено"
                    + " 11 500 гривень.");
            track(bucha, moderator, projects.get(1), ImplementationStatus.IN_PROGRESS, 120_000_00L, "Підрядник укладає покриття.");
            return as(moderator, bucha, () -> implementation.addMilestone(projects.get(1), "Відкриття майданчика",
                    LocalDate.ofInstant(now.plus(days(45)), KYIV)));
        });
    }

    private void track(long community, long moderator, long project, ImplementationStatus status, long spent, String note) {
        as(moderator, community, () -> implementation.track(project, status, spent, note));
    }

    /** In Obukhiv, Ірина Національна announced its first contest: its submission opens in three weeks. */
    private void loadObukhiv(Instant now) {
        long obukhiv = directory.bySlug("obukhiv").orElseThrow().id();
        long national = people.findOrRegister("3000000003", "Ірина Національна").id();
        Instant opens = now.plus(days(21));
        ContestDates dates = new ContestDates(opens, opens.plus(days(30)), opens.plus(days(44)), opens.plus(days(74)), opens.plus(days(88)),
                opens.plus(days(120)));
        long id = as(national, obukhiv, () -> contests.create("Бюджет участі Обухова 2027", "Два мільйони гривень на ідеї мешканців."
                + " Подання проєктів відкриється за датою нижче; чернетку можна почати вже зараз.", 2 * MILLION, SelectionRule.BY_VOTES,
                16, false, SignInStrength.STRONG, dates, null).id());
        as(national, obukhiv, () -> contests.addCategory(id, "Загальноміські проєкти", CategoryScope.CITY_WIDE, 2 * MILLION, 50_000_00L,
                MILLION, 3));
        as(national, obukhiv, () -> contests.publish(id));
    }

    /** A contest published at its submission's date with one city-wide category of a million hryvnias (projects up to a million): its id and the category's. */
    private long[] published(long bucha, long moderator, String title, String about, ContestDates dates, String category) {
        return TimeSource.asIf(dates.submission(), () -> {
            long id = as(moderator, bucha, () -> contests.create(title, about, MILLION, SelectionRule.BY_VOTES, 14, false,
                    SignInStrength.STRONG, dates, null).id());
            long categoryId = as(moderator, bucha, () -> contests.addCategory(id, category, CategoryScope.CITY_WIDE, MILLION, 50_000_00L,
                    MILLION, 2).id());
            as(moderator, bucha, () -> contests.publish(id));
            return new long[] {id, categoryId};
        });
    }

    private long paper(long community, long moderator, long contest, String author, ProjectContent content) {
        return as(moderator, community, () -> submission.enterFromPaper(contest, author, content).id());
    }

    private void supportBy(long community, long supporter, long project) {
        as(supporter, community, () -> {
            support.support(project);
            return null;
        });
    }

    /** At the contest's support date (the sweeper moving it there first) the first projects get one supporter each, in order. */
    private void supportedAt(ContestDates dates, long community, List<Long> projects, long... supporters) {
        TimeSource.asIf(dates.support().plusSeconds(60), () -> {
            sweep();
            for (int i = 0; i < supporters.length; i++) {
                supportBy(community, supporters[i], projects.get(i));
            }
            return null;
        });
    }

    /** At the contest's review date the first projects get their decisions, in order: null admits, a text rejects with that reason. */
    private void reviewedAt(ContestDates dates, long community, long reviewer, List<Long> projects, String... rejections) {
        TimeSource.asIf(dates.review().plusSeconds(60), () -> {
            sweep();
            for (int i = 0; i < rejections.length; i++) {
                decide(community, reviewer, projects.get(i), rejections[i]);
            }
            return null;
        });
    }

    /** Every check passed and the project admitted, or (with a reason) rejected after the feasibility check failed. */
    private void decide(long community, long reviewer, long project, String rejection) {
        for (CheckKind kind : CheckKind.values()) {
            boolean passed = rejection == null || kind != CheckKind.FEASIBILITY;
            as(reviewer, community, () -> review.check(project, kind, passed, passed ? "Перевірено, зауважень немає." : rejection));
        }
        as(reviewer, community, () -> rejection == null ? review.admit(project) : review.reject(project, rejection));
    }

    /** The sweeper at this thread's clock: moves the demo contests whose stage date has come. */
    private Integer sweep() {
        return Acting.as(Actor.system("demo-data"), () -> deadlines.sweep(clock.instant(), 500));
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
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
        submitted(community, author, contest, content);
    }

    private long submitted(long community, long author, long contest, ProjectContent content) {
        long draft = as(author, community, () -> submission.createDraft(contest, content).id());
        as(author, community, () -> submission.submit(draft));
        return draft;
    }

    private <T> T as(long person, long community, Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
