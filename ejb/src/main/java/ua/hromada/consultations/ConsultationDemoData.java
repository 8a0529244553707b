package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.demo.DemoData;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Demo consultations for the README's run command, through the same beans people use: in Bucha
 * one open for comments (answers by two residents, a reply and support), one starting in five
 * days and one draft, an open poll with a question of every type, an open discussion of a draft
 * act in its second version, a consultation and a poll that ended today (the report published, the
 * poll's results shown after its end), and a topic proposal; in Irpin an open consultation and
 * poll the national moderator prepared waiting for the moderators; the second resident, Тарас
 * Сусід, is this tool's demo person. Loaded once, after the core demo data, only when {@code hromada.demo} is true.
 */
@Stateless
public class ConsultationDemoData {
    private static final Logger LOG = Logger.getLogger(ConsultationDemoData.class.getName());
    private static final String SQUARE = "Громада планує оновити сквер на розі вулиць Шевченка та Яблунської. Розкажіть, що"
            + " для вас у ньому найважливіше: тінь і лавки, дитячий майданчик, освітлення, доріжки для візочків чи місце для"
            + " подій. Пропозиції врахують у технічному завданні для проєктувальників.";
    private static final String BUS = "З вересня громада запускає шкільний автобус для учнів зі Склозаводу та Ворзеля."
            + " Обговорімо, о котрій він має вирушати, де зупинятися і чи потрібен другий рейс після продовженого дня.";
    private static final String PARK = "Громада готує план відновлення парку над річкою Бучанкою на наступні три роки."
            + " Скажіть, як ви користуєтеся парком і що для вас важливіше, а план робіт складуть за результатами опитування.";
    private static final String RULES = "Проєкт оновлених правил благоустрою: утримання прибудинкових територій, зелених"
            + " насаджень і малих архітектурних форм. Чернетка для обговорення з мешканцями.";

    @Inject
    CommunityDirectory directory;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Consultations consultations;

    @Inject
    Commenting commenting;

    @Inject
    ConsultationReading reading;

    @Inject
    TopicProposals proposals;

    @Inject
    PollAnswering polls;

    @Inject
    ActDiscussion discussion;

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
        long resident = people.findOrRegister("3000000001", "Олена Мешканка").id();
        long moderator = people.findOrRegister("3000000002", "Андрій Модератор").id();
        if (!as(moderator, bucha, () -> reading.list(null, 1).items().isEmpty())) {
            return;
        }
        long neighbour = people.findOrRegister("3000000007", "Тарас Сусід").id();
        Acting.as(Actor.system("demo-data"), () -> grants.grant(neighbour, bucha, Role.RESIDENT, null));
        Instant now = clock.instant();
        long square = as(moderator, bucha, () -> consultations.create(ConsultationKind.QUESTION,
                "Яким має бути оновлений сквер на вулиці Шевченка?", SQUARE, ConsultationCategory.URBAN_PLANNING, Audience.RESIDENTS,
                null, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(19)))
                .id());
        as(moderator, bucha, () -> consultations.publish(square));
        long shade = as(resident, bucha, () -> commenting.comment(square, "Найбільше бракує тіні: посадіть дерева вздовж"
                + " доріжок і поставте лавки зі спинками, щоб людям похилого віку було де відпочити.").id());
        long light = as(neighbour, bucha, () -> commenting.comment(square, "Потрібне освітлення всього скверу: зараз увечері"
                + " там темно, і батьки з дітьми оминають його.").id());
        as(resident, bucha, () -> commenting.reply(square, light, "Підтримую, і краще ліхтарі з датчиками руху, щоб економити"
                + " електроенергію.").id());
        as(neighbour, bucha, () -> {
            commenting.support(shade);
            return null;
        });
        long bus = as(moderator, bucha, () -> consultations.create(ConsultationKind.QUESTION,
                "Розклад шкільного автобуса з вересня", BUS, ConsultationCategory.EDUCATION, Audience.SIGNED_IN, null, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(35))).id());
        as(moderator, bucha, () -> consultations.publish(bus));
        as(moderator, bucha, () -> consultations.create(ConsultationKind.QUESTION, "Оновлені правила благоустрою громади",
                RULES, ConsultationCategory.GOVERNANCE, Audience.RESIDENTS, null, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(44))).id());
        as(resident, bucha, () -> proposals.propose("Зимове прибирання тротуарів біля шкіл", "Пропоную обговорити, хто і коли"
                + " прибирає сніг на тротуарах біля шкіл і садочків: зараз діти йдуть проїжджою частиною."));
        loadPoll(bucha, moderator, resident, neighbour, now);
        loadDiscussion(bucha, moderator, resident, neighbour, now);
        loadClosed(bucha, moderator, resident, neighbour, now);
        loadIrpin(now);
        LOG.info("Demo consultations loaded in /bucha/consultations and /irpin/consultations");
    }

    /** An open poll with a question of every type, answered by both residents, its results shown live. */
    private void loadPoll(long bucha, long moderator, long resident, long neighbour, Instant now) {
        long poll = as(moderator, bucha, () -> consultations.create(ConsultationKind.POLL, "Парк над Бучанкою: що зробити насамперед?",
                PARK, ConsultationCategory.ENVIRONMENT, Audience.RESIDENTS, ResultsShown.LIVE, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(13))).id());
        PollQuestion often = as(moderator, bucha, () -> consultations.addQuestion(poll, "Як часто ви буваєте в парку?",
                QuestionType.SINGLE, List.of("Щодня", "Щотижня", "Кілька разів на рік", "Не буваю"), 0, 0, 0, false));
        PollQuestion what = as(moderator, bucha, () -> consultations.addQuestion(poll, "Що вам потрібно в парку? Оберіть до трьох.",
                QuestionType.MULTIPLE, List.of("Лавки", "Освітлення", "Велодоріжка", "Туалет", "Спортивний майданчик"), 1, 3, 0, true));
        PollQuestion order = as(moderator, bucha, () -> consultations.addQuestion(poll, "Розставте роботи за черговістю",
                QuestionType.RANKING, List.of("Розчистити береги", "Відновити міст", "Висадити дерева"), 0, 0, 0, false));
        PollQuestion state = as(moderator, bucha, () -> consultations.addQuestion(poll, "Оцініть стан парку від 1 до 5",
                QuestionType.SCORING, List.of("Чистота", "Безпека", "Доріжки"), 0, 0, 5, false));
        as(moderator, bucha, () -> consultations.publish(poll));
        answer(bucha, resident, poll, often, 0, what, List.of(0, 1), null, order, List.of(1, 0, 2), state, List.of(3, 2, 2));
        answer(bucha, neighbour, poll, often, 1, what, List.of(1), "Пітна вода", order, List.of(0, 2, 1), state, List.of(4, 3, 2));
    }

    /**
     * An open discussion of a draft act in four articles, revised once (one article changed, one
     * added), supported and opposed, with a comment on one article.
     */
    private void loadDiscussion(long bucha, long moderator, long resident, long neighbour, Instant now) {
        long act = as(moderator, bucha, () -> consultations.create(ConsultationKind.DISCUSSION, "Правила благоустрою: проєкт для обговорення",
                RULES, ConsultationCategory.GOVERNANCE, Audience.RESIDENTS, null, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(27)))
                .id());
        as(moderator, bucha, () -> consultations.setActText(act, ACT_V1));
        as(moderator, bucha, () -> consultations.publish(act));
        as(moderator, bucha, () -> consultations.revise(act, ACT_V2, "Уточнено строки прибирання; додано статтю про зимове утримання"));
        as(resident, bucha, () -> {
            discussion.take(act, ActDiscussion.WHOLE_ACT, Stance.SUPPORT);
            discussion.take(act, 2, Stance.SUPPORT);
            return null;
        });
        as(neighbour, bucha, () -> {
            discussion.take(act, 3, Stance.OPPOSE);
            return commenting.commentOn(act, 3, "Двох місяців на заміну засохлих дерев замало: саджанці висаджують лише"
                    + " навесні або восени.");
        });
    }

    /**
     * The stages after the end: a consultation that ended today with its final report published,
     * and a poll that ended today whose results were shown only after the end. They take part
     * the moment they open and close a few seconds later, as their end falls.
     */
    private void loadClosed(long bucha, long moderator, long resident, long neighbour, Instant now) {
        Instant soon = now.plus(Duration.ofSeconds(10));
        long street = as(moderator, bucha, () -> consultations.create(ConsultationKind.QUESTION, "Назва нової вулиці в мікрорайоні Лісовий",
                STREET, ConsultationCategory.CULTURE, Audience.RESIDENTS, null, now.minus(Duration.ofDays(30)), soon).id());
        as(moderator, bucha, () -> consultations.publish(street));
        as(resident, bucha, () -> commenting.comment(street, "Пропоную назвати вулицю на честь Лесі Українки: у громаді досі немає"
                + " вулиці її імені."));
        as(neighbour, bucha, () -> commenting.comment(street, "Підтримую назву «Каштанова»: так цю дорогу здавна називають місцеві."));
        long transport = as(moderator, bucha, () -> consultations.create(ConsultationKind.POLL, "Нічний автобус до Києва: чи потрібен?",
                TRANSPORT, ConsultationCategory.TRANSPORT, Audience.RESIDENTS, ResultsShown.AFTER_END, now.minus(Duration.ofDays(14)), soon)
                .id());
        PollQuestion need = as(moderator, bucha, () -> consultations.addQuestion(transport, "Чи їздили б ви нічним автобусом?",
                QuestionType.SINGLE, List.of("Так, щотижня", "Іноді", "Ні"), 0, 0, 0, false));
        as(moderator, bucha, () -> consultations.publish(transport));
        for (long[] vote : new long[][] {{resident, 0}, {neighbour, 1}}) {
            as(vote[0], bucha, () -> {
                polls.respond(transport, List.of(PollAnswer.choosing(need.id(), List.of(need.options().get((int) vote[1]).id()), null)));
                return null;
            });
        }
        for (long id : new long[] {street, transport}) {
            // the sweeper's own close, a few seconds early (the demo does not wait for the end)
            Acting.as(Actor.system("demo-data"), () -> CurrentCommunity.callAs(bucha, () -> {
                consultations.close(id, now);
                return null;
            }));
        }
        as(moderator, bucha, () -> consultations.publishReport(street, "Громада врахувала пропозиції мешканців: виконавчий комітет"
                + " вніс на розгляд ради назву «вулиця Лесі Українки»; назву «Каштанова» дадуть новому скверу поруч."));
    }

    /** In Irpin, prepared by the national moderator: a consultation for anyone signed in and a one-question poll, open. */
    private void loadIrpin(Instant now) {
        long irpin = directory.bySlug("irpin").orElseThrow().id();
        long national = people.findOrRegister("3000000003", "Ірина Національна").id();
        long lyceum = as(national, irpin, () -> consultations.create(ConsultationKind.QUESTION,
                "Маршрути шкільних автобусів після відкриття нового ліцею", LYCEUM, ConsultationCategory.EDUCATION, Audience.SIGNED_IN,
                null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20))).id());
        as(national, irpin, () -> consultations.publish(lyceum));
        long park = as(national, irpin, () -> consultations.create(ConsultationKind.POLL, "Світлофор на перехресті біля ліцею",
                CROSSING, ConsultationCategory.SAFETY, Audience.SIGNED_IN, ResultsShown.LIVE, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10))).id());
        as(national, irpin, () -> consultations.addQuestion(park, "Чи потрібен світлофор на перехресті вулиць Соборної та Садової?",
                QuestionType.SINGLE, List.of("Так", "Ні, досить «зебри»", "Важко сказати"), 0, 0, 0, false));
        as(national, irpin, () -> consultations.publish(park));
    }

    private static final String LYCEUM = "У вересні в Ірпені відкривається новий ліцей на вулиці Соборній. Розкажіть, звідки ваші"
            + " діти добиратимуться до нього і які зупинки шкільного автобуса вам зручні.";
    private static final String CROSSING = "Біля нового ліцею інтенсивний рух. Громада зважує, чи ставити світлофор, чи"
            + " обмежитися пішохідним переходом із підсвіткою.";

    private static final String STREET = "У мікрорайоні Лісовий з’явилася нова вулиця між вулицями Садовою та Соборною. Запропонуйте"
            + " їй назву: раду просять ушанувати видатних українців або зберегти історичні назви місцевості.";
    private static final String TRANSPORT = "Громада розглядає нічний автобусний рейс Буча — Київ після закриття метро. Скажіть, чи"
            + " користувалися б ви ним, щоб громада могла оцінити потребу.";

    private static final String ACT_V1 = """
            Стаття 1. Загальні положення
            Ці правила визначають порядок утримання територій громади, зелених насаджень і малих архітектурних форм.
            Стаття 2. Прибирання прибудинкових територій
            Власники та балансоутримувачі прибирають прибудинкові території щотижня.
            Стаття 3. Зелені насадження
            Засохлі дерева замінюють протягом двох місяців після їх видалення.
            """;
    private static final String ACT_V2 = """
            Стаття 1. Загальні положення
            Ці правила визначають порядок утримання територій громади, зелених насаджень і малих архітектурних форм.
            Стаття 2. Прибирання прибудинкових територій
            Власники та балансоутримувачі прибирають прибудинкові території щодня, а контейнерні майданчики — двічі на день.
            Стаття 3. Зелені насадження
            Засохлі дерева замінюють протягом двох місяців після їх видалення.
            Стаття 4. Зимове утримання
            Тротуари біля шкіл і садочків очищують від снігу до 7:30.
            """;

    private void answer(long bucha, long person, long poll, PollQuestion often, int oftenPick, PollQuestion what, List<Integer> picks,
            String other, PollQuestion order, List<Integer> ranking, PollQuestion state, List<Integer> scores) {
        Map<Long, Integer> byOption = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            byOption.put(state.options().get(i).id(), scores.get(i));
        }
        List<PollAnswer> answers = List.of(
                PollAnswer.choosing(often.id(), List.of(often.options().get(oftenPick).id()), null),
                PollAnswer.choosing(what.id(), picks.stream().map(i -> what.options().get(i).id()).toList(), other),
                PollAnswer.choosing(order.id(), ranking.stream().map(i -> order.options().get(i).id()).toList(), null),
                PollAnswer.scoring(state.id(), byOption));
        as(person, bucha, () -> {
            polls.respond(poll, answers);
            return null;
        });
    }

    private <T> T as(long person, long community, Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
