package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.demo.DemoData;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Demo appeals for the README's run command, through the same beans people use: Буча's
 * departments kept by Софія Секретар (secretariat officer), Василь Виконавець heading the housing
 * department, Олена Мешканка's appeal waiting for its answer there (given to him) and her
 * information request answered, Тарас Сусід's complaint past its due date (the sweeper escalates
 * it to the head), his proposal to Оксана Депутатка (deputy), waiting for her answer, and his
 * information request refused on one of the statutory grounds every demo community keeps.
 * Loaded once, at their dates, only when {@code hromada.demo} is true.
 */
@Stateless
public class AppealDemoData {
    private static final Logger LOG = Logger.getLogger(AppealDemoData.class.getName());
    private static final String LAW = " ч. 1 ст. 22 Закону України «Про доступ до публічної інформації» — ";
    /** The grounds of article 22 of the law on access to public information, as a refusal cites them. */
    static final List<String> STATUTORY_GROUNDS = List.of(
            "п. 1" + LAW + "розпорядник не володіє і не зобов’язаний відповідно до його компетенції володіти інформацією, щодо якої зроблено запит",
            "п. 2" + LAW + "інформація, що запитується, належить до інформації з обмеженим доступом",
            "п. 3" + LAW + "особа, яка подала запит на інформацію, не оплатила фактичні витрати, пов’язані з копіюванням або друком",
            "п. 4" + LAW + "не дотримано вимог до запиту на інформацію, передбачених частиною п’ятою статті 19 Закону");

    @Inject
    CommunityDirectory directory;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Departments departments;

    @Inject
    AppealReading reading;

    @Inject
    Appeals appeals;

    @Inject
    DepartmentStaff staff;

    @Inject
    RefusalGrounds grounds;

    @Inject
    Clock clock;

    /** Core's demo loader only (through the manifest), after its communities and people. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        if (!DemoData.withPeople()) {
            return;
        }
        for (String slug : List.of("bucha", "irpin", "obukhiv")) {
            directory.bySlug(slug).ifPresent(c -> Acting.as(Actor.system("demo-data"), () -> CurrentCommunity.callAs(c.id(), () -> {
                if (reading.grounds().isEmpty()) {
                    STATUTORY_GROUNDS.forEach(grounds::add);
                }
                return null;
            })));
        }
        long bucha = directory.bySlug("bucha").orElseThrow().id();
        long secretary = people.findOrRegister("3000000006", "Софія Секретар").id();
        if (!people.actorOf(secretary).rolesIn(bucha).contains(Role.SECRETARIAT_OFFICER)) { // the petitions' demo may have made her one
            Acting.as(Actor.system("demo-data"), () -> grants.grant(secretary, bucha, Role.SECRETARIAT_OFFICER, null));
        }
        if (!as(secretary, bucha, () -> reading.departments()).isEmpty()) {
            return;
        }
        long housing = as(secretary, bucha, () -> departments.add("Відділ житлово-комунального господарства", "вул. Енергетиків, 12,"
                + " каб. 204; тел. (04597) 0-00-12; gkh@bucha.example.org; прийом: вівторок і четвер, 9:00–13:00")).id();
        long education = as(secretary, bucha, () -> departments.add("Управління освіти", "вул. Енергетиків, 12, каб. 310;"
                + " тел. (04597) 0-00-31; osvita@bucha.example.org; прийом: середа, 14:00–17:00")).id();
        as(secretary, bucha, () -> departments.add("Відділ соціального захисту населення", "вул. Гагаріна, 5; тел. (04597) 0-00-55;"
                + " приймання щопонеділка, 9:00–16:00"));
        as(secretary, bucha, () -> departments.add("Центр надання адміністративних послуг", "вул. Енергетиків, 12, перший поверх;"
                + " тел. (04597) 0-00-01; щодня крім неділі, 8:00–20:00"));
        long resident = people.findOrRegister("3000000001", "Олена Мешканка").id();
        long neighbour = people.findOrRegister("3000000007", "Тарас Сусід").id();
        Instant now = clock.instant();
        TimeSource.asIf(now.minus(Duration.ofDays(40)), () -> as(neighbour, bucha, () -> appeals.file(new Appeals.Filing(
                AppealKind.COMPLAINT, housing, "Сміття не вивозять із двору на Яблунській", "Уже третій тиждень контейнери у дворі"
                + " будинку № 7 на вулиці Яблунській переповнені, сміття не вивозять. Прошу вжити заходів до перевізника.",
                null, true))));
        long request = TimeSource.asIf(now.minus(Duration.ofDays(21)), () -> as(resident, bucha, () -> appeals.file(new Appeals.Filing(
                AppealKind.INFORMATION_REQUEST, education, "Черги до дитячих садків", "Прошу надати інформацію про кількість дітей у"
                + " черзі до кожного з комунальних закладів дошкільної освіти громади станом на 1 листопада.", AnswerForm.ELECTRONIC,
                true))).id());
        TimeSource.asIf(now.minus(Duration.ofDays(18)), () -> as(secretary, bucha, () -> appeals.answer(request, "Станом на 1 листопада"
                + " у черзі до закладів дошкільної освіти 412 дітей: «Сонечко» — 96, «Казка» — 134, «Берізка» — 71, «Веселка» — 111."
                + " Таблицю з розподілом за віком додано до відповіді.")));
        long waiting = TimeSource.asIf(now.minus(Duration.ofDays(10)), () -> as(resident, bucha, () -> appeals.file(new Appeals.Filing(
                AppealKind.STATEMENT, null, "Не світять ліхтарі на Вокзальній", "Від перехрестя з вулицею Шевченка до вокзалу не"
                + " працюють шість вуличних ліхтарів, увечері там темно. Прошу відремонтувати освітлення.", null, false))).id());
        TimeSource.asIf(now.minus(Duration.ofDays(9)), () -> as(secretary, bucha, () -> appeals.route(waiting, housing,
                "Вуличне освітлення утримує відділ житлово-комунального господарства.")));
        long head = people.findOrRegister("3000000009", "Василь Виконавець").id();
        as(secretary, bucha, () -> {
            staff.put(housing, head, true);
            return appeals.assign(waiting, head);
        });
        TimeSource.asIf(now.minus(Duration.ofDays(2)), () -> as(head, bucha, () -> appeals.draftAnswer(waiting, "Шановна пані Олено!"
                + " Аварійна бригада КП «Бучасервіс» обстежила освітлення на вулиці Вокзальній: пошкоджено кабель між опорами")));
        long deputy = people.findOrRegister("3000000010", "Оксана Депутатка").id();
        TimeSource.asIf(now.minus(Duration.ofDays(4)), () -> as(neighbour, bucha, () -> appeals.file(new Appeals.Filing(
                AppealKind.PROPOSAL, null, "Пішохідний перехід біля ліцею № 3", "Пропоную облаштувати регульований пішохідний перехід"
                + " на вулиці Героїв Майдану біля ліцею № 3: діти переходять дорогу там, де немає розмітки.", null, true, deputy))));
        long refused = TimeSource.asIf(now.minus(Duration.ofDays(6)), () -> as(neighbour, bucha, () -> appeals.file(new Appeals.Filing(
                AppealKind.INFORMATION_REQUEST, housing, "Договір з перевізником сміття", "Прошу надати копію договору громади з"
                + " перевізником твердих побутових відходів разом з актами виконаних робіт за жовтень.", AnswerForm.ELECTRONIC, false)))
                .id());
        long notHeld = as(secretary, bucha, () -> reading.activeGrounds()).stream().filter(g -> g.wording().startsWith("п. 1 "))
                .findFirst().orElseThrow().id();
        TimeSource.asIf(now.minus(Duration.ofDays(4)), () -> as(secretary, bucha, () -> appeals.refuse(refused, notHeld,
                "Договір з перевізником укладало комунальне підприємство «Бучасервіс», а не виконавчий комітет; копію договору"
                + " можна запитати в підприємства як розпорядника цієї інформації.")));
        LOG.info("Demo appeals loaded in /bucha/appeals");
    }

    private <T> T as(long person, long community, Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
