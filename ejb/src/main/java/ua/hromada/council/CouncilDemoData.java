package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The demo council of Буча for the README's run command, through the beans people use: the
 * eighth convocation kept by Софія Секретар (secretariat officer), three factions, two standing
 * committees, deputies Оксана Депутатка, Петро Коваленко and Галина Мельник with their profiles,
 * three draft decisions (two revised, one registered by Оксана as its initiator), the next
 * session's published agenda and the one after it still being built, the budget committee's
 * meeting before it; Оксана has marked one draft read and keeps a note on another; their
 * correspondence is {@link MessageDemoData}'s. Thirteen more deputies fill the council to a
 * quorum: the 41st session's sitting three weeks ago with its roll calls (one adopted, one tied
 * and adopted on a re-vote), and today's extraordinary sitting. Loaded once, only when
 * {@code hromada.demo} is true.
 */
@Stateless
public class CouncilDemoData {
    private static final Logger LOG = Logger.getLogger(CouncilDemoData.class.getName());
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    CommunityDirectory directory;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilStructure structure;

    @Inject
    DraftDecisions drafts;

    @Inject
    CouncilSessions sessions;

    @Inject
    DeputyDesk desk;

    @Inject
    CouncilSittings sittings;

    @Inject
    MessageDemoData messageDemo;

    @Inject
    Clock clock;

    /** Core's demo loader only (through the manifest), after its communities and people. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        if (!DemoData.withPeople() || directory.bySlug("bucha").isEmpty()) {
            return;
        }
        long bucha = directory.bySlug("bucha").orElseThrow().id();
        long secretary = people.findOrRegister("3000000006", "Софія Секретар").id();
        long oksana = people.findOrRegister("3000000010", "Оксана Депутатка").id();
        long petro = people.findOrRegister("3000000031", "Петро Коваленко", LocalDate.of(1972, 10, 3)).id();
        long halyna = people.findOrRegister("3000000032", "Галина Мельник", LocalDate.of(1991, 7, 21)).id();
        grant(secretary, bucha, Role.SECRETARIAT_OFFICER);
        grant(oksana, bucha, Role.DEPUTY);
        grant(petro, bucha, Role.DEPUTY);
        grant(halyna, bucha, Role.DEPUTY);
        if (!as(secretary, bucha, reading::factions).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        as(secretary, bucha, () -> structure.addConvocation(8, LocalDate.of(2020, 12, 1), null));
        long together = as(secretary, bucha, () -> structure.addFaction("«Громада разом»")).id();
        long movement = as(secretary, bucha, () -> structure.addFaction("«Рух за Бучу»")).id();
        long green = as(secretary, bucha, () -> structure.addFaction("«Зелене місто»")).id();
        long budget = as(secretary, bucha, () -> structure.addCommittee(
                "Постійна комісія з питань бюджету, фінансів та соціально-економічного розвитку")).id();
        long housing = as(secretary, bucha, () -> structure.addCommittee(
                "Постійна комісія з питань житлово-комунального господарства, благоустрою та екології")).id();
        profile(secretary, bucha, oksana, together, List.of(housing), "Виборчий округ № 3 (Вокзальна, Яблунська)",
                "oksana.deputatka@bucha-rada.example.org; прийом громадян: щопонеділка, 15:00–17:00, вул. Енергетиків, 12, каб. 108");
        long petroCard = profile(secretary, bucha, petro, movement, List.of(budget, housing), "Виборчий округ № 1 (центр)",
                "тел. (04597) 0-01-11; прийом громадян: щосереди, 10:00–12:00, каб. 110");
        profile(secretary, bucha, halyna, green, List.of(budget), "Виборчий округ № 5 (Ворзельська, Гостомельське шосе)",
                "halyna.melnyk@bucha-rada.example.org");
        long lighting = draft(secretary, bucha, now.minus(Duration.ofDays(20)), "245-VIII",
                "Про затвердження Програми розвитку вуличного освітлення Бучанської міської територіальної громади на 2027 рік",
                "Виконавчий комітет Бучанської міської ради", housing, "1. Затвердити Програму розвитку вуличного освітлення Бучанської"
                + " міської територіальної громади на 2027 рік (додається).\n2. Фінансувати Програму в межах видатків бюджету громади:"
                + " 6,4 млн грн на заміну 820 світильників на світлодіодні.\n3. Контроль покласти на постійну комісію з питань"
                + " житлово-комунального господарства, благоустрою та екології.");
        TimeSource.asIf(now.minus(Duration.ofDays(8)), () -> as(secretary, bucha, () -> drafts.revise(lighting, "1. Затвердити Програму"
                + " розвитку вуличного освітлення Бучанської міської територіальної громади на 2027 рік (додається).\n2. Фінансувати"
                + " Програму в межах видатків бюджету громади: 7,1 млн грн на заміну 910 світильників на світлодіодні, зокрема"
                + " на вулицях Вокзальній і Яблунській (за пропозицією комісії).\n3. Контроль покласти на постійну комісію з питань"
                + " житлово-комунального господарства, благоустрою та екології.", null)));
        long budgetChange = draft(secretary, bucha, now.minus(Duration.ofDays(15)), "246-VIII",
                "Про внесення змін до бюджету Бучанської міської територіальної громади на 2026 рік", "Бучанський міський голова",
                budget, "1. Збільшити доходи загального фонду бюджету громади на 12 300 000 грн за рахунок перевиконання надходжень"
                + " податку на доходи фізичних осіб.\n2. Спрямувати 8 000 000 грн на капітальний ремонт укриття ліцею № 3,"
                + " 4 300 000 грн — на придбання шкільного автобуса.");
        TimeSource.asIf(now.minus(Duration.ofDays(6)), () -> as(secretary, bucha, () -> drafts.revise(budgetChange, "1. Збільшити доходи"
                + " загального фонду бюджету громади на 12 300 000 грн за рахунок перевиконання надходжень податку на доходи"
                + " фізичних осіб.\n2. Спрямувати 7 500 000 грн на капітальний ремонт укриття ліцею № 3, 4 300 000 грн — на"
                + " придбання шкільного автобуса, 500 000 грн — на облаштування пішохідного переходу на вулиці Героїв Майдану.", null)));
        long crossing = TimeSource.asIf(now.minus(Duration.ofDays(5)), () -> as(oksana, bucha, () -> drafts.register(
                new DraftDecisions.Registration("247-VIII", "Про облаштування регульованого пішохідного переходу біля ліцею № 3",
                        null, housing, "1. Доручити відділу житлово-комунального господарства облаштувати регульований пішохідний"
                        + " перехід на вулиці Героїв Майдану біля ліцею № 3 до 1 вересня 2027 року.\n2. Видатки — за рахунок коштів,"
                        + " передбачених змінами до бюджету громади на 2026 рік.", null))).id());
        as(secretary, bucha, () -> drafts.sponsor(crossing, List.of(petroCard)));
        Instant next = LocalDate.ofInstant(now, KYIV).plusDays(5).atTime(LocalTime.of(10, 0)).atZone(KYIV).toInstant();
        long session = as(secretary, bucha, () -> sessions.plan("Сорок друга сесія Бучанської міської ради VIII скликання", next,
                "Бучанська міська рада, вул. Енергетиків, 12, сесійна зала", false)).id();
        for (long draft : List.of(budgetChange, lighting, crossing)) {
            as(secretary, bucha, () -> sessions.addItem(session, draft));
        }
        as(secretary, bucha, () -> sessions.publish(session));
        long later = as(secretary, bucha, () -> sessions.plan("Сорок третя сесія Бучанської міської ради VIII скликання",
                next.plus(Duration.ofDays(28)), null, true)).id();
        as(secretary, bucha, () -> sessions.addItem(later, lighting));
        as(oksana, bucha, () -> {
            desk.markRead(lighting);
            return desk.writeNote(budgetChange, "Уточнити на комісії, чи вистачить 500 000 грн на світлофор і розмітку;"
                    + " попросити кошторис у відділу ЖКГ до сесії.");
        });
        List<Long> seated = new ArrayList<>(List.of(oksana, petro, halyna));
        List<Long> factions = List.of(together, movement, green);
        for (int i = 0; i < OTHER_DEPUTIES.size(); i++) {
            long person = people.findOrRegister(Long.toString(3000000060L + i), OTHER_DEPUTIES.get(i)).id();
            grant(person, bucha, Role.DEPUTY);
            long faction = factions.get(i % factions.size());
            long committee = i % 2 == 0 ? budget : housing;
            as(secretary, bucha, () -> structure.describeDeputy(structure.addDeputy(person).id(), faction, List.of(committee), null, null));
            seated.add(person);
        }
        long meeting = as(secretary, bucha, () -> sessions.planMeeting(budget, "Засідання постійної комісії з питань бюджету, фінансів"
                + " та соціально-економічного розвитку", next.minus(Duration.ofDays(2)), "Бучанська міська рада, каб. 210", false)).id();
        as(secretary, bucha, () -> sessions.addItem(meeting, budgetChange));
        as(secretary, bucha, () -> sessions.publish(meeting));
        pastSitting(secretary, bucha, seated, housing, budget, now);
        todaysSitting(secretary, bucha, seated, housing, now);
        messageDemo.load(bucha, secretary, oksana, petro);
        LOG.info("Demo council loaded in /bucha/council");
    }

    // the 41st session three weeks ago: 16 deputies registered, one item adopted, one tied and adopted on a re-vote
    private void pastSitting(long secretary, long bucha, List<Long> seated, long housing, long budget, Instant now) {
        long parks = draft(secretary, bucha, now.minus(Duration.ofDays(40)), "243-VIII", "Про затвердження Правил благоустрою території"
                + " Бучанської міської територіальної громади", "Виконавчий комітет Бучанської міської ради", housing, "1. Затвердити Правила"
                + " благоустрою території Бучанської міської територіальної громади (додаються).\n2. Визнати такими, що втратили чинність,"
                + " Правила благоустрою, затверджені рішенням міської ради від 27.09.2012 № 3018-XXXVIII-VI.");
        long rent = draft(secretary, bucha, now.minus(Duration.ofDays(35)), "244-VIII", "Про встановлення ставок орендної плати за"
                + " земельні ділянки комунальної власності на 2027 рік", "Бучанський міський голова", budget, "1. Встановити ставки орендної"
                + " плати за земельні ділянки комунальної власності на 2027 рік згідно з додатком.\n2. Оприлюднити рішення до 15 липня 2026 року.");
        Instant start = LocalDate.ofInstant(now, KYIV).minusDays(21).atTime(LocalTime.of(10, 0)).atZone(KYIV).toInstant();
        long session = TimeSource.asIf(start.minus(Duration.ofDays(10)), () -> {
            long id = as(secretary, bucha, () -> sessions.plan("Сорок перша сесія Бучанської міської ради VIII скликання", start,
                    "Бучанська міська рада, вул. Енергетиків, 12, сесійна зала", false)).id();
            as(secretary, bucha, () -> sessions.addItem(id, parks));
            as(secretary, bucha, () -> sessions.addItem(id, rent));
            as(secretary, bucha, () -> sessions.publish(id));
            return id;
        });
        List<Long> present = seated.subList(0, 16);
        TimeSource.asIf(start.minus(Duration.ofMinutes(20)), () -> {
            for (long deputy : present) {
                as(deputy, bucha, () -> {
                    sittings.register(session, deputy == present.get(0)); // Оксана from her district office, remote
                    return null;
                });
            }
            return null;
        });
        List<Long> items = as(secretary, bucha, () -> reading.agenda(reading.plannedSession(session))).stream().map(l -> l.item().id()).toList();
        rollCall(secretary, bucha, session, items.get(0), start.plus(Duration.ofMinutes(25)), null, present, i -> i == 5
                ? DeputyVote.Choice.ABSTAIN : DeputyVote.Choice.FOR);
        rollCall(secretary, bucha, session, items.get(1), start.plus(Duration.ofMinutes(70)), null, present, i -> i < 7 ? DeputyVote.Choice.FOR
                : i < 14 ? DeputyVote.Choice.AGAINST : DeputyVote.Choice.ABSTAIN);
        rollCall(secretary, bucha, session, items.get(1), start.plus(Duration.ofMinutes(95)), "Повторне голосування після оголошеної"
                + " перерви та уточнення додатка (ставки для земель під гаражними кооперативами)", present, i -> i < 15
                ? DeputyVote.Choice.FOR : DeputyVote.Choice.AGAINST);
    }

    // an extraordinary session that began ten minutes before the demo loaded: 13 registered, one short of the quorum of 14
    private void todaysSitting(long secretary, long bucha, List<Long> seated, long housing, Instant now) {
        long shelter = draft(secretary, bucha, now.minus(Duration.ofDays(2)), "248-VIII", "Про внесення змін до Програми «Безпечна громада»"
                + " на 2026 рік", "Виконавчий комітет Бучанської міської ради", housing, "1. Доповнити Програму «Безпечна громада» на 2026 рік"
                + " заходом «Облаштування укриття в ліцеї № 3» з фінансуванням 7 500 000 грн.\n2. Контроль покласти на постійну комісію"
                + " з питань бюджету, фінансів та соціально-економічного розвитку.");
        long session = TimeSource.asIf(now.minus(Duration.ofHours(20)), () -> {
            long id = as(secretary, bucha, () -> sessions.plan("Позачергова сорок четверта сесія Бучанської міської ради VIII скликання",
                    now.minus(Duration.ofMinutes(10)), null, true)).id();
            as(secretary, bucha, () -> sessions.addItem(id, shelter));
            as(secretary, bucha, () -> sessions.publish(id));
            return id;
        });
        for (long deputy : seated.subList(3, 16)) { // Оксана, Петро and Галина have not registered yet
            as(deputy, bucha, () -> {
                sittings.register(session, true);
                return null;
            });
        }
    }

    private void rollCall(long secretary, long bucha, long session, long item, Instant at, String reason, List<Long> present,
            java.util.function.IntFunction<DeputyVote.Choice> vote) {
        TimeSource.asIf(at, () -> {
            long id = as(secretary, bucha, () -> sittings.open(session, item, RollCall.Majority.COMPOSITION, 60, reason)).id();
            for (int i = 0; i < present.size(); i++) {
                DeputyVote.Choice choice = vote.apply(i);
                as(present.get(i), bucha, () -> {
                    sittings.cast(id, choice);
                    return null;
                });
            }
            return as(secretary, bucha, () -> sittings.close(id));
        });
    }

    /** Thirteen more of the council's 26 seats (fictional people), so the demo sittings reach a quorum of 14. */
    private static final List<String> OTHER_DEPUTIES = List.of("Ірина Бондаренко", "Андрій Ткаченко", "Наталія Шевчук", "Сергій Поліщук",
            "Марія Кравець", "Олег Лисенко", "Тетяна Савчук", "Віктор Мороз", "Юлія Гнатюк", "Роман Данилюк", "Людмила Остапенко",
            "Богдан Захарченко", "Світлана Руденко");

    private long profile(long secretary, long bucha, long person, long faction, List<Long> committees, String district, String contacts) {
        return as(secretary, bucha, () -> structure.describeDeputy(structure.addDeputy(person).id(), faction, committees, district,
                contacts)).id();
    }

    private long draft(long secretary, long bucha, Instant at, String number, String title, String initiator, long committee, String text) {
        return TimeSource.asIf(at, () -> as(secretary, bucha, () -> drafts.register(new DraftDecisions.Registration(number, title,
                initiator, committee, text, null)))).id();
    }

    private void grant(long person, long community, Role role) {
        if (!people.actorOf(person).rolesIn(community).contains(role)) { // another tool's demo may have granted it
            Acting.as(Actor.system("demo-data"), () -> grants.grant(person, community, role, null));
        }
    }

    private <T> T as(long person, long community, Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
