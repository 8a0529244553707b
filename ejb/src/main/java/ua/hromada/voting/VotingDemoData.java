package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * The demo votes of Буча, through the beans people use: Андрій Модератор organises (VOTE_ORGANISER);
 * a question on moving the weekly market, held two weeks ago (ten residents voted; the sweeper
 * closes it at start-up, as it closes any vote whose time passed, and publishes its box), and a
 * choose-one vote on the name of the new square, open for a week, in which Тарас Сусід and three
 * neighbours have voted and Олена Мешканка has not. Loaded once, only when {@code hromada.demo} is true.
 */
@Stateless
public class VotingDemoData {
    private static final Logger LOG = Logger.getLogger(VotingDemoData.class.getName());
    private static final String[][] NEIGHBOURS = {{"3000000041", "Богдан Ярмарчук"}, {"3000000042", "Ганна Ковальчук"},
        {"3000000043", "Дмитро Шевчук"}, {"3000000044", "Людмила Бондар"}, {"3000000045", "Максим Ткаченко"},
        {"3000000046", "Ніна Савчук"}, {"3000000047", "Юрій Лисенко"}, {"3000000048", "Світлана Гуменюк"}};

    @Inject
    CommunityDirectory directory;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Votes votes;

    @Inject
    VoteReading reading;

    @Inject
    Casting casting;

    @Inject
    Clock clock;

    /** Core's demo loader only (through the manifest), after its communities and people. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        // a demo database of an earlier version keeps its communities' tools as they were: no votes there
        if (!DemoData.withPeople() || directory.bySlug("bucha").filter(c -> c.hasTool(VotingTool.KEY)).isEmpty()) {
            return;
        }
        long bucha = directory.bySlug("bucha").orElseThrow().id();
        long organiser = people.findOrRegister("3000000002", "Андрій Модератор").id();
        long olena = people.findOrRegister("3000000001", "Олена Мешканка").id();
        long taras = people.findOrRegister("3000000007", "Тарас Сусід").id();
        grant(organiser, bucha, Role.VOTE_ORGANISER);
        grant(olena, bucha, Role.RESIDENT);
        grant(taras, bucha, Role.RESIDENT);
        long[] neighbours = new long[NEIGHBOURS.length];
        for (int i = 0; i < NEIGHBOURS.length; i++) {
            neighbours[i] = people.findOrRegister(NEIGHBOURS[i][0], NEIGHBOURS[i][1], LocalDate.of(1960 + 3 * i, 1 + i, 10 + i)).id();
            grant(neighbours[i], bucha, Role.RESIDENT);
        }
        if (as(organiser, bucha, () -> reading.count(bucha)) > 0) {
            return;
        }
        Instant now = clock.instant();
        Instant held = now.minus(Duration.ofDays(14));
        long market = TimeSource.asIf(held, () -> as(organiser, bucha, () -> votes.create(new Votes.Setup(VoteKind.QUESTION,
                "Чи підтримуєте ви перенесення щотижневого ярмарку з вулиці Енергетиків на площу біля залізничного вокзалу?",
                "Щосуботи ярмарок займає проїжджу частину вулиці Енергетиків, і автобуси №2 та №5 їдуть в об’їзд. Виконавчий комітет"
                + " пропонує перенести ярмарок на площу біля вокзалу, де є 60 місць для торгівлі та громадська вбиральня."
                + " Результат голосування — дорадчий: його розгляне виконавчий комітет на найближчому засіданні.", List.of(),
                held.plusSeconds(60), held.plus(Duration.ofDays(7)), 18)))).id();
        int[] marketChoices = {Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.FOR, Vote.ABSTAIN, Vote.FOR, Vote.AGAINST, Vote.FOR};
        List<Long> marketVoters = new java.util.ArrayList<>(List.of(olena, taras));
        for (long n : neighbours) {
            marketVoters.add(n);
        }
        for (int i = 0; i < marketVoters.size(); i++) {
            int choice = i < marketChoices.length ? marketChoices[i] : Vote.FOR;
            long voter = marketVoters.get(i);
            TimeSource.asIf(held.plus(Duration.ofHours(2 + 7 * i)), () -> as(voter, bucha, () -> casting.cast(market, choice)));
        }
        long square = as(organiser, bucha, () -> votes.create(new Votes.Setup(VoteKind.OPTION, "Яку назву отримає новий сквер на вулиці Яблунській?",
                "Сквер між будинками № 14 і № 20 на вулиці Яблунській відкриють навесні. Назви запропонували мешканці на громадських"
                + " слуханнях у листопаді; перемога однієї з них — підстава для рішення виконавчого комітету.",
                List.of("Сквер Яблуневий", "Сквер Вчителів", "Сквер Каштановий"), now.plusSeconds(30), now.plus(Duration.ofDays(7)), 16)))
                .id();
        int[] squareChoices = {1, 2, 1, 3};
        long[] squareVoters = {taras, neighbours[0], neighbours[1], neighbours[2]};
        for (int i = 0; i < squareVoters.length; i++) {
            int choice = squareChoices[i];
            long voter = squareVoters[i];
            TimeSource.asIf(now.plus(Duration.ofMinutes(5 + i)), () -> as(voter, bucha, () -> casting.cast(square, choice)));
        }
        LOG.info("Demo votes loaded in /bucha/voting");
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
