package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.PaperBallots;
import ua.hromada.budget.SelectionRule;
import ua.hromada.budget.VoteChannel;
import ua.hromada.budget.Voting;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.NationalIdentifiers;

/**
 * Voting through the real beans: a resident's ballot within each category's limits (so many
 * picks, or whatever fits the budget), final; one ballot per person even when two hundred
 * attempts of one person arrive at once, while many people vote at once; non-residents and
 * another community refused; the channels add up to the ballots; results by votes and by equal
 * shares once the results stage begins, never before.
 */
@ExtendWith(ArquillianExtension.class)
class VotingIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("voting-it", VotingIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private Voting voting;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("voting");
        voting = InContainer.bean(Voting.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void aBallotKeepsEachCategorysLimitsAndIsFinal() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        long voter = world.person("Ірина Виборниця", Role.RESIDENT);
        assertRefused(InvalidInputException.class, "budget.vote.empty", () -> vote(voter, ballot, Set.of()));
        assertRefused(InvalidInputException.class, "budget.vote.too-many", () -> vote(voter, ballot, Set.copyOf(ballot.city())));
        assertRefused(InvalidInputException.class, "budget.vote.over-budget", () -> vote(voter, ballot, Set.copyOf(ballot.district())));
        assertRefused(InvalidInputException.class, "budget.vote.unknown-project", () -> vote(voter, ballot, Set.of(-5L)));
        assertRefused(ForbiddenException.class, "budget.residents-only", () -> vote(world.person("Гість Нерезидент"), ballot,
                Set.of(ballot.city().get(0))));
        Voting.Receipt receipt = vote(voter, ballot, Set.of(ballot.city().get(0), ballot.city().get(1), ballot.district().get(1)));
        assertEquals(VoteChannel.ONLINE, receipt.channel());
        assertRefused(ConflictException.class, "budget.vote.twice", () -> vote(voter, ballot, Set.of(ballot.city().get(2))));
        assertEquals(List.of(ballot.city().get(0), ballot.city().get(1), ballot.district().get(1)).stream().sorted().toList(),
                world.as(voter, () -> voting.mine(ballot.contest())).orElseThrow().projectIds());
        assertThrows(NotFoundException.class, () -> world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class)
                .of(ballot.contest())), "no results while the vote lasts");

        BudgetWorld other = new BudgetWorld("voting-other");
        long stranger = other.person("Чужа Мешканка", Role.RESIDENT);
        assertThrows(NotFoundException.class, () -> other.as(stranger, () -> voting.vote(ballot.contest(), Set.of(ballot.city().get(0)))));
    }

    @Test
    void theLeastAgeCountsAsTheProviderOrTheTaxNumberStatesTheDateOfBirth() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES); // voters from 16
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        Set<Long> pick = Set.of(ballot.city().get(0));
        long young = world.person("Юна Виборниця", today.minusYears(16).plusDays(1), Role.RESIDENT);
        assertRefused(ForbiddenException.class, "budget.vote.too-young", () -> vote(young, ballot, pick));
        long unstated = world.person("Виборниця Без Дати", (LocalDate) null, Role.RESIDENT);
        assertRefused(ForbiddenException.class, "budget.vote.age-unknown", () -> vote(unstated, ballot, pick));
        long sixteen = world.person("Сьогодні Шістнадцять", today.minusYears(16), Role.RESIDENT);
        assertEquals(VoteChannel.ONLINE, vote(sixteen, ballot, pick).channel());
        assertEquals(0, InContainer.count("select count(*) from budget_ballot b join person p on p.person_key = b.person_key"
                + " where p.id in (?, ?)", young, unstated), "neither refused person has a ballot");

        PaperBallots paper = InContainer.bean(PaperBallots.class);
        assertRefused(InvalidInputException.class, "budget.paper.too-young", () -> world.as(moderator, () -> paper.enter(ballot.contest(),
                NationalIdentifiers.bornOn(today.minusYears(15)), pick)));
        assertEquals(VoteChannel.PAPER, world.as(moderator, () -> paper.enter(ballot.contest(), NationalIdentifiers.bornOn(
                today.minusYears(16)), pick)).channel());
        assertEquals(VoteChannel.PAPER, world.as(moderator, () -> paper.enter(ballot.contest(), "2900000015", pick)).channel(),
                "digits that state no date of birth (a wrong check digit): the moderator checked the document");
    }

    @Test
    void twoHundredAttemptsOfOnePersonMakeOneBallotWhileFiftyPeopleVoteAtOnce() throws Exception {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        long eager = world.person("Нетерпляча Виборниця", Role.RESIDENT);
        List<Long> crowd = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            crowd.add(world.person("Виборець " + i, Role.RESIDENT));
        }
        Set<Long> choice = Set.of(ballot.city().get(0));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                long person = i < 200 ? eager : crowd.get(i - 200);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return vote(person, ballot, choice);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int counted = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if (o instanceof Voting.Receipt) {
                    counted++;
                } else {
                    assertTrue(o instanceof ConflictException c && c.messageKey().equals("budget.vote.twice"), String.valueOf(o));
                }
            }
            assertEquals(51, counted, "one of the eager voter's two hundred, and each of the fifty");
        } finally {
            pool.shutdown();
        }
        assertEquals(51, InContainer.count("select count(*) from budget_ballot where contest_id = ?", ballot.contest()));
        Map<VoteChannel, Long> channels = world.in(Actor.ANONYMOUS, () -> voting.channels(ballot.contest()));
        assertEquals(Map.of(VoteChannel.ONLINE, 51L, VoteChannel.TERMINAL, 0L, VoteChannel.BOT, 0L, VoteChannel.PAPER, 0L, VoteChannel.CODE, 0L),
                channels);
    }

    @Test
    void resultsByVotesAndByEqualSharesOnceTheResultsStageBegins() {
        BudgetWorld.Ballot byVotes = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        // city (3 million): A 300k, B 400k, C 500k, D 600k; five voters choose A, B, C, D as below
        List<Set<Integer>> ballots = List.of(Set.of(3), Set.of(3), Set.of(3, 0), Set.of(1, 0), Set.of(2));
        for (int i = 0; i < ballots.size(); i++) {
            long voter = world.person("Виборниця " + i, Role.RESIDENT);
            Set<Long> chosen = new java.util.HashSet<>();
            ballots.get(i).forEach(at -> chosen.add(byVotes.city().get(at)));
            vote(voter, byVotes, chosen);
        }
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(byVotes.results(), 500));
        List<ContestResults.CategoryResult> results = world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class)
                .of(byVotes.contest()));
        ContestResults.CategoryResult city = results.get(0);
        assertEquals(5, city.voters());
        assertEquals(List.of(byVotes.city().get(3), byVotes.city().get(0), byVotes.city().get(1), byVotes.city().get(2)), city.lines()
                .stream().map(l -> l.project().id()).toList(), "D 3 votes, A 2, B 1 and C 1 (B cheaper): all fit the 3 million");
        assertTrue(city.lines().stream().allMatch(ContestResults.Line::winner));
        assertEquals(180_000_000L, city.funded());
        assertEquals(0, results.get(1).voters(), "nobody voted in the district");
        assertEquals(List.of(byVotes.district().get(1)), results.get(1).lines().stream().filter(ContestResults.Line::winner)
                .map(l -> l.project().id()).toList(), "nobody voted there: the completion by votes funds the cheaper one, 500,000 of"
                + " the million, and 600,000 no longer fits");
    }

    @Test
    void resultsAreStoredAtTheCloseThePagesReadThemAndARecheckComparesThemWithTheBallots() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.EQUAL_SHARES);
        for (int i = 0; i < 4; i++) {
            long voter = world.person("Виборниця " + i, Role.RESIDENT);
            vote(voter, ballot, Set.of(ballot.city().get(i % 2), ballot.district().get(1)));
        }
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(ballot.results(), 500));
        assertEquals(2, InContainer.count("select count(*) from budget_result where contest_id = ?", ballot.contest()), "both categories");
        assertEquals(6, InContainer.count("select count(*) from budget_result_line where contest_id = ? and rule = 'EQUAL_SHARES'",
                ballot.contest()), "every admitted project under the contest's rule");
        assertTrue(InContainer.count("select count(*) from budget_result_line where contest_id = ? and rule = 'BY_VOTES' and winner",
                ballot.contest()) > 0, "the other rule's winners, for comparison");
        // what the pages show is what was stored: a stored count read back as it stands
        InContainer.execute("update budget_result_line set approvals = 777 where contest_id = ? and rule = 'EQUAL_SHARES' and position = 0",
                ballot.contest());
        ContestResults results = InContainer.bean(ContestResults.class);
        assertEquals(777, world.in(Actor.ANONYMOUS, () -> results.of(ballot.contest())).get(0).lines().get(0).approvals());
        assertEquals(List.of(), world.as(moderator, () -> results.recheck(ballot.contest())), "computed again: the same winners");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> results.recheck(ballot.contest())));
        // the city-wide category's first line (it was made first, so its id is the lower)
        InContainer.execute("update budget_result_line set winner = not winner where contest_id = ? and rule = 'EQUAL_SHARES'"
                + " and position = 0 and category_id = (select min(category_id) from budget_result where contest_id = ?)", ballot.contest(),
                ballot.contest());
        assertEquals(List.of("Загальноміські проєкти"), world.as(moderator, () -> results.recheck(ballot.contest())),
                "a stored winner that the ballots do not give is found");
        assertTrue(InContainer.auditOf("budget-contest", ballot.contest()).stream().filter(e -> e.action().equals("budget.results.recheck"))
                .count() == 2);
    }

    @Test
    void aTerminalsBallotsCountAsTerminalUnderTheSameOneBallotRuleAndARevokedTerminalNoLonger() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        ua.hromada.budget.VotingTerminals terminals = InContainer.bean(ua.hromada.budget.VotingTerminals.class);
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> terminals.register("Термінал у ЦНАП")));
        ua.hromada.budget.VotingTerminals.Registered kiosk = world.as(moderator, () -> terminals.register("Термінал у ЦНАП"));
        long voter = world.person("Ганна Термінальна", Role.RESIDENT);
        Set<Long> choice = Set.of(ballot.city().get(0));
        Voting.Receipt receipt = world.as(voter, () -> voting.voteAtTerminal(ballot.contest(), choice, kiosk.secret()));
        assertEquals(VoteChannel.TERMINAL, receipt.channel());
        assertRefused(ConflictException.class, "budget.vote.twice", () -> vote(voter, ballot, choice));
        long other = world.person("Петро Інший", Role.RESIDENT);
        assertRefused(ConflictException.class, "budget.terminal.unknown", () -> world.as(other, () -> voting.voteAtTerminal(ballot.contest(),
                choice, "not-a-terminal")));
        BudgetWorld elsewhere = new BudgetWorld("voting-terminal-other");
        long stranger = elsewhere.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertTrue(elsewhere.as(stranger, () -> terminals.recognised(kiosk.secret())).isEmpty(), "another community's terminal");
        world.as(moderator, () -> {
            terminals.revoke(kiosk.id());
            return null;
        });
        assertRefused(ConflictException.class, "budget.terminal.unknown", () -> world.as(other, () -> voting.voteAtTerminal(ballot.contest(),
                choice, kiosk.secret())));
        assertEquals(1L, world.in(Actor.ANONYMOUS, () -> voting.channels(ballot.contest())).get(VoteChannel.TERMINAL));
        assertEquals(List.of("budget.terminal.register", "budget.terminal.revoke"), InContainer.auditOf("budget-terminal", kiosk.id())
                .stream().map(e -> e.action()).sorted().toList());
    }

    @Test
    void aChatBotVotesWithItsPersonsTokenUnderTheSameOneBallotRule() throws Exception {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.EQUAL_SHARES);
        long voter = world.person("Ірина Ботова", Role.RESIDENT);
        ApiTokens.Issued sign = world.as(voter, () -> InContainer.bean(ApiTokens.class).issue(world.community, TokenScope.SIGN, "Чат-бот",
                Instant.now().plus(Duration.ofDays(30))));
        ApiTokens.Issued read = world.as(voter, () -> InContainer.bean(ApiTokens.class).issue(world.community, TokenScope.READ, "Читач",
                Instant.now().plus(Duration.ofDays(30))));
        String path = "/api/v1/communities/" + world.slug + "/budget/contests/" + ballot.contest() + "/ballots";
        String body = "{\"projects\": [" + ballot.city().get(0) + ", " + ballot.district().get(0) + "]}";
        assertEquals(403, Http.postJsonWithToken(InContainer.baseUrl(), path, read.secret(), body).statusCode(), "a READ token never votes");
        HttpResponse<String> over = Http.postJsonWithToken(InContainer.baseUrl(), path, sign.secret(), "{\"projects\": "
                + ballot.district() + "}");
        assertEquals(422, over.statusCode(), over.body());
        assertEquals(400, Http.postJsonWithToken(InContainer.baseUrl(), path, sign.secret(), "{\"projects\": [\"x\"").statusCode());
        HttpResponse<String> cast = Http.postJsonWithToken(InContainer.baseUrl(), path, sign.secret(), body);
        assertEquals(201, cast.statusCode(), cast.body());
        assertTrue(cast.body().contains("\"channel\":\"BOT\""), cast.body());
        assertEquals(409, Http.postJsonWithToken(InContainer.baseUrl(), path, sign.secret(), body).statusCode(), "one ballot");
        assertRefused(ConflictException.class, "budget.vote.twice", () -> vote(voter, ballot, Set.of(ballot.city().get(1))));
        int anonymous = Http.postJsonWithToken(InContainer.baseUrl(), path, null, body).statusCode();
        assertTrue(anonymous == 401 || anonymous == 403, "without a token: " + anonymous);

        HttpResponse<String> contest = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/budget/contests/"
                + ballot.contest(), "en");
        assertTrue(contest.body().contains("\"stage\":\"VOTING\"") && contest.body().contains("\"picks\":3"), contest.body());
        assertEquals(404, Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/budget/contests/" + ballot.contest()
                + "/results", "en").statusCode(), "no results while the vote lasts");
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(ballot.results(), 500));
        HttpResponse<String> results = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/budget/contests/"
                + ballot.contest() + "/results", "en");
        assertEquals(200, results.statusCode(), results.body());
        assertTrue(results.body().contains("\"BOT\":1") && results.body().contains("\"ballots\":1"), results.body());
    }

    private Voting.Receipt vote(long person, BudgetWorld.Ballot ballot, Set<Long> projects) {
        return world.as(person, () -> voting.vote(ballot.contest(), projects));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
