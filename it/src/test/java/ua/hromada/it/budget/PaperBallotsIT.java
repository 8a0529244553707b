package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.PaperBallots;
import ua.hromada.budget.SelectionRule;
import ua.hromada.budget.VoteChannel;
import ua.hromada.budget.Voting;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.ProviderClaims;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.NationalIdentifiers;

/**
 * Paper ballots through the real beans: a moderator enters one with the voter's tax number, which
 * meets the same unique key as online ballots (either way round, the first counts, the other is
 * told); a file imports whole or not at all, each refused line reported with its reason (unknown
 * project, over a limit, a bad number, repeated in the file, already voted online), and running the
 * fixed file again never counts a ballot twice.
 */
@ExtendWith(ArquillianExtension.class)
class PaperBallotsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("paper-ballots-it", PaperBallotsIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private PaperBallots paper;
    private Voting voting;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("paper");
        paper = InContainer.bean(PaperBallots.class);
        voting = InContainer.bean(Voting.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void aPaperBallotMeetsTheSameKeyAsAnOnlineOneEitherWayRound() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        String onlineFirst = taxNumber();
        long online = residentWith(onlineFirst, "Ганна Онлайн");
        world.as(online, () -> voting.vote(ballot.contest(), Set.of(ballot.city().get(0))));
        assertRefused(ConflictException.class, "budget.paper.already-voted", () -> world.as(moderator, () -> paper.enter(ballot.contest(),
                onlineFirst, Set.of(ballot.city().get(1)))));

        String paperFirst = taxNumber();
        assertEquals(VoteChannel.PAPER, world.as(moderator, () -> paper.enter(ballot.contest(), paperFirst, Set.of(ballot.city().get(1))))
                .channel());
        long late = residentWith(paperFirst, "Петро Паперовий");
        assertRefused(ConflictException.class, "budget.vote.twice", () -> world.as(late, () -> voting.vote(ballot.contest(),
                Set.of(ballot.city().get(2)))));
        assertEquals(List.of(ballot.city().get(1)), world.as(late, () -> voting.mine(ballot.contest())).orElseThrow().projectIds(),
                "the paper ballot is theirs");
        assertRefused(InvalidInputException.class, "budget.paper.bad-identifier", () -> world.as(moderator, () -> paper.enter(
                ballot.contest(), "12345", Set.of(ballot.city().get(1)))));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> paper.enter(ballot.contest(), taxNumber(),
                Set.of(ballot.city().get(1)))));
        assertEquals(1L, world.in(Actor.ANONYMOUS, () -> voting.channels(ballot.contest())).get(VoteChannel.PAPER));
    }

    @Test
    void aFileImportsWholeOrNotAtAllWithEveryRefusedLineReported() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        String votedOnline = taxNumber();
        long online = residentWith(votedOnline, "Ганна Онлайн");
        world.as(online, () -> voting.vote(ballot.contest(), Set.of(ballot.city().get(0))));
        String a = taxNumber();
        String b = taxNumber();
        String c = taxNumber();
        // city projects are numbers 1-4 (up to 3 picks), the district's 5 and 6 (600,000 and 500,000 of a million)
        String broken = String.join("\n", "identifier;projects", a + ";1,2", b + ";1 2 3 4", "12ab;1", c + ";5,6", a + ";3",
                votedOnline + ";2", taxNumber() + ";99", taxNumber() + ";5");
        PaperBallots.Report refused = importFile(ballot, broken);
        assertEquals(8, refused.ballots());
        assertEquals(0, refused.imported());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), refused.refusals().stream().map(PaperBallots.Refusal::line).toList());
        assertEquals(List.of("budget.vote.too-many", "budget.paper.bad-identifier", "budget.vote.over-budget", "budget.paper.repeated",
                "budget.paper.already-voted-by", "budget.paper.unknown-project"), refused.refusals().stream()
                .map(PaperBallots.Refusal::messageKey).toList());
        assertEquals(1, InContainer.count("select count(*) from budget_ballot where contest_id = ?", ballot.contest()), "nothing imported");

        String fixed = String.join("\n", "identifier;projects", a + ";1,2", b + ";1,2,3", c + ";5", taxNumber() + ";6");
        assertEquals(4, importFile(ballot, fixed).imported());
        PaperBallots.Report again = importFile(ballot, fixed);
        assertEquals(0, again.imported(), "run again, nothing counts twice");
        assertEquals(4, again.refusals().size());
        assertEquals(5, InContainer.count("select count(*) from budget_ballot where contest_id = ?", ballot.contest()));
        assertEquals(4L, world.in(Actor.ANONYMOUS, () -> voting.channels(ballot.contest())).get(VoteChannel.PAPER));
        assertRefused(InvalidInputException.class, "budget.paper.header", () -> importFile(ballot, "rnokpp,projects\n" + a + ",1"));
    }

    private PaperBallots.Report importFile(BudgetWorld.Ballot ballot, String text) {
        return world.as(moderator, () -> paper.importFile(ballot.contest(), new StringReader(text)));
    }

    /** A resident who signed in with this national identifier. */
    private long residentWith(String identifier, String name) {
        long person = world.people.signIn(new ProviderClaims(identifier, name, "idgov", "sub-" + identifier, null, null,
                NationalIdentifiers.ADULT)).id();
        world.in(BudgetWorld.ADMIN, () -> world.grants.grant(person, world.community, Role.RESIDENT, null));
        return person;
    }

    private static String taxNumber() {
        return NationalIdentifiers.random();
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
