package ua.hromada.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Role;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.council.DeputyVote.Choice;
import ua.hromada.council.RollCall;
import ua.hromada.council.SittingReading;
import ua.hromada.it.support.InContainer;

/**
 * Sittings and roll-call votes: only deputies registered for the sitting vote, on the session's
 * day; a roll call opens only with a quorum, one at a time; "for" counts against the council's
 * composition, not against those present; ties, re-votes (with a reason) and a closed window are
 * shown and kept; one vote per deputy under concurrency, and the close counts every vote it let
 * in; each deputy's vote is public once closed, never before; another community reaches nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilSittingIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("council-sitting-it", CouncilSittingIT.class, CouncilWorld.class);
    }

    private CouncilWorld world;
    private SittingReading reading;

    @BeforeEach
    void world() {
        world = new CouncilWorld("council-sitting");
        world.composition(12); // a quorum of 7, a majority of the composition of 7, two thirds 8
        reading = InContainer.bean(SittingReading.class);
    }

    @Test
    void onlyRegisteredDeputiesVoteAndForCountsAgainstTheComposition() {
        List<Long> deputies = deputies(8);
        long resident = world.person("Олена Мешканка", Role.RESIDENT);
        long session = world.sittingNow(world.draft("1-VIII"), world.draft("2-VIII"));
        List<Long> items = world.items(session);
        deputies.subList(0, 6).forEach(d -> register(d, session, false));
        assertRefused(InvalidInputException.class, "council.vote.no-quorum", () -> open(session, items.get(0)));
        register(deputies.get(6), session, true);
        assertEquals(7, publicly(() -> reading.sitting(session)).registered().size());
        assertTrue(publicly(() -> reading.sitting(session)).hasQuorum());
        RollCall first = open(session, items.get(0));
        assertEquals(List.of(7, 7, 7), List.of(first.quorum(), first.needed(), first.registered()));
        assertRefused(InvalidInputException.class, "council.vote.not-registered", () -> cast(deputies.get(7), first, Choice.FOR));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> cast(resident, first, Choice.FOR));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(deputies.get(0), () -> world.sittings.close(first.id())));
        assertRefused(NotFoundException.class, "council.vote.not-found", () -> publicly(() -> reading.closedRollCall(first.id())));
        for (int i = 0; i < 7; i++) {
            cast(deputies.get(i), first, i < 5 ? Choice.FOR : i == 5 ? Choice.AGAINST : Choice.ABSTAIN);
        }
        RollCall counted = world.as(world.secretary, () -> world.sittings.close(first.id())); // early: every registered deputy voted
        assertEquals(List.of(5, 1, 1), List.of(counted.votesFor(), counted.votesAgainst(), counted.votesAbstain()));
        assertEquals(RollCall.Outcome.NOT_ADOPTED, counted.outcome(), "5 of 7 present is a majority of those present, not of the 12 seats");
        assertRefused(ConflictException.class, "council.vote.closed", () -> cast(deputies.get(0), first, Choice.AGAINST));

        RollCall second = open(session, items.get(1));
        deputies.subList(0, 7).forEach(d -> cast(d, second, Choice.FOR));
        assertEquals(RollCall.Outcome.ADOPTED, world.as(world.secretary, () -> world.sittings.close(second.id())).outcome());

        SittingReading.RollCallRecord published = publicly(() -> reading.closedRollCall(first.id()));
        Map<Long, SittingReading.DeputyLine> lines = published.deputies().stream()
                .collect(Collectors.toMap(l -> l.deputy().personId(), Function.identity()));
        assertEquals(8, lines.size(), "every deputy of the council, registered or not");
        assertEquals(Choice.FOR, lines.get(deputies.get(0)).choice());
        assertEquals(Choice.AGAINST, lines.get(deputies.get(5)).choice());
        assertNull(lines.get(deputies.get(7)).choice());
        assertEquals(false, lines.get(deputies.get(7)).registered());
        assertEquals(List.of("council.vote.open", "council.vote.close"), InContainer.auditOf("council-roll-call", first.id()).stream()
                .map(e -> e.action()).toList());
    }

    @Test
    void theWindowClosesTheVoteAndTheChairCannotCutItShort() {
        List<Long> deputies = deputies(7);
        long session = world.sittingNow(world.draft("3-VIII"));
        deputies.forEach(d -> register(d, session, false));
        RollCall rollCall = world.as(world.secretary, () -> world.sittings.open(session, world.items(session).get(0),
                RollCall.Majority.COMPOSITION, 10, null));
        cast(deputies.get(0), rollCall, Choice.FOR);
        cast(deputies.get(0), rollCall, Choice.AGAINST); // changed while the window runs: still one vote
        assertEquals(1, InContainer.count("select count(*) from council_deputy_vote where roll_call_id = ?", rollCall.id()));
        assertRefused(ConflictException.class, "council.vote.running", () -> world.as(world.secretary, () -> world.sittings.close(rollCall.id())));
        assertRefused(ConflictException.class, "council.vote.another-open", () -> open(session, world.items(session).get(0)));
        Instant after = Instant.now().plus(Duration.ofSeconds(11));
        assertRefused(ConflictException.class, "council.vote.closed", () -> TimeSource.asIf(after, () -> {
            cast(deputies.get(1), rollCall, Choice.FOR);
            return null;
        }));
        InContainer.bean(DeadlineProcessing.class).sweep(after, 10_000); // the sweeper, its clock past the window's end
        RollCall closed = publicly(() -> reading.closedRollCall(rollCall.id())).round().rollCall();
        assertEquals(List.of(0, 1, 0), List.of(closed.votesFor(), closed.votesAgainst(), closed.votesAbstain()));
        assertEquals(RollCall.Outcome.NOT_ADOPTED, closed.outcome());
        assertRefused(ConflictException.class, "council.vote.closed", () -> cast(deputies.get(0), rollCall, Choice.FOR));
    }

    @Test
    void aTieIsShownAndARevoteNeedsItsReasonAndKeepsTheFirstRound() {
        List<Long> deputies = deputies(8);
        long session = world.sittingNow(world.draft("4-VIII"));
        long item = world.items(session).get(0);
        deputies.forEach(d -> register(d, session, false));
        RollCall first = open(session, item);
        for (int i = 0; i < 8; i++) {
            cast(deputies.get(i), first, i < 4 ? Choice.FOR : Choice.AGAINST);
        }
        assertEquals(RollCall.Outcome.TIED, world.as(world.secretary, () -> world.sittings.close(first.id())).outcome());
        assertRefused(InvalidInputException.class, "council.vote.reason", () -> open(session, item));
        RollCall again = world.as(world.secretary, () -> world.sittings.open(session, item, RollCall.Majority.TWO_THIRDS, 60,
                "Технічний збій системи голосування в залі"));
        assertEquals(2, again.round());
        assertEquals(8, again.needed(), "two thirds of 12");
        deputies.forEach(d -> cast(d, again, Choice.FOR));
        world.as(world.secretary, () -> world.sittings.close(again.id()));
        SittingReading.Sitting sitting = publicly(() -> reading.sitting(session));
        assertEquals(2, sitting.rounds().size(), "the first round stays published");
        assertEquals(again.id(), sitting.results().get(item).id(), "the item's result is its last round");
        assertEquals(RollCall.Outcome.ADOPTED, sitting.results().get(item).outcome());
        assertEquals(RollCall.Outcome.TIED, publicly(() -> reading.closedRollCall(first.id())).round().rollCall().outcome());
    }

    @Test
    void oneVoteEachUnderConcurrencyAndTheCloseCountsEveryVoteLetIn() throws Exception {
        List<Long> deputies = deputies(12);
        long session = world.sittingNow(world.draft("5-VIII"));
        deputies.forEach(d -> register(d, session, d % 2 == 0));
        RollCall rollCall = open(session, world.items(session).get(0));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        Map<Long, Choice> acknowledged = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        try {
            for (long deputy : deputies) {
                for (Choice choice : List.of(Choice.FOR, Choice.AGAINST, Choice.ABSTAIN, Choice.FOR)) {
                    work.add(pool.submit(() -> {
                        start.await();
                        cast(deputy, rollCall, choice);
                        acknowledged.put(deputy, choice);
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(12, InContainer.count("select count(*) from council_deputy_vote where roll_call_id = ?", rollCall.id()),
                "48 concurrent votes of 12 deputies are 12 rows");
        assertEquals(Set.copyOf(deputies), acknowledged.keySet());
        // the close races the deputies' second thoughts: whatever it let in, it counted
        ExecutorService racers = Executors.newFixedThreadPool(13);
        try {
            List<Future<?>> race = new ArrayList<>();
            for (long deputy : deputies) {
                race.add(racers.submit(() -> {
                    try {
                        cast(deputy, rollCall, Choice.ABSTAIN);
                    } catch (ConflictException closedFirst) {
                        // the close came first: this vote was refused, not lost
                    }
                    return null;
                }));
            }
            race.add(racers.submit(() -> world.as(world.secretary, () -> world.sittings.close(rollCall.id()))));
            for (Future<?> f : race) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            racers.shutdownNow();
        }
        RollCall closed = publicly(() -> reading.closedRollCall(rollCall.id())).round().rollCall();
        for (String choice : List.of("FOR", "AGAINST", "ABSTAIN")) {
            long rows = InContainer.count("select count(*) from council_deputy_vote where roll_call_id = ? and choice = ?", rollCall.id(),
                    choice);
            int counted = choice.equals("FOR") ? closed.votesFor() : choice.equals("AGAINST") ? closed.votesAgainst() : closed.votesAbstain();
            assertEquals(rows, counted, "the tally of " + choice + " is the rows the close let in");
        }
        assertEquals(12, closed.votesFor() + closed.votesAgainst() + closed.votesAbstain());
    }

    @Test
    void registrationIsOnTheSessionsDayForSeatedDeputiesOnly() {
        long deputy = world.deputy("Петро Коваленко");
        long unseated = world.person("Новообраний Депутат", Role.DEPUTY);
        long draft = world.draft("6-VIII");
        long nextWeek = world.session(draft);
        assertRefused(NotFoundException.class, "council.session.not-found", () -> register(deputy, nextWeek, false));
        world.as(world.secretary, () -> world.sessions.publish(nextWeek));
        assertRefused(ConflictException.class, "council.sitting.not-now", () -> register(deputy, nextWeek, false));
        long today = world.sittingNow(world.draft("7-VIII"));
        assertRefused(InvalidInputException.class, "council.sitting.no-profile", () -> register(unseated, today, false));
        register(deputy, today, false);
        register(deputy, today, true);
        assertEquals(1, InContainer.count("select count(*) from council_attendance where session_id = ?", today), "a switch, not a second seat");
        assertEquals(true, world.as(deputy, () -> reading.myRegistration(today)).orElseThrow(), "now remote");
    }

    @Test
    void aCommitteeMeetingIsItsMembersOwnAndCountsAgainstThem() {
        List<Long> members = deputies(3);
        List<Long> others = deputies(2);
        members.forEach(d -> world.as(world.secretary, () -> world.structure.describeDeputy(world.profileOf(d), null, List.of(world.committee),
                null, null)));
        long draft = world.draft("9-VIII");
        long meeting = world.as(world.secretary, () -> world.sessions.planMeeting(world.committee, "Засідання бюджетної комісії",
                Instant.now().minus(Duration.ofMinutes(1)), "Каб. 210", false)).id();
        world.as(world.secretary, () -> world.sessions.addItem(meeting, draft));
        world.as(world.secretary, () -> world.sessions.publish(meeting));
        String link = "%/council/sessions/" + meeting;
        for (long member : members) {
            assertEquals(1, InContainer.count("select count(*) from notice where person_id = ? and link like ?", member, link));
        }
        assertEquals(0, InContainer.count("select count(*) from notice where person_id in (?, ?) and link like ?", others.get(0), others.get(1),
                link), "the committee's agenda goes to its members only");
        assertEquals(List.of(), world.as(others.get(0), () -> InContainer.bean(ua.hromada.council.CouncilReading.class).myAgendas()).stream()
                .filter(a -> a.sessionId() == meeting).toList(), "nor is it in another deputy's cabinet");
        assertRefused(InvalidInputException.class, "council.sitting.not-member", () -> register(others.get(0), meeting, false));
        register(members.get(0), meeting, false);
        register(members.get(1), meeting, true);
        SittingReading.Sitting sitting = publicly(() -> reading.sitting(meeting));
        assertEquals(List.of(3, 2), List.of(sitting.composition(), sitting.quorum()));
        assertEquals("Постійна комісія з питань бюджету", sitting.committee());
        RollCall rollCall = open(meeting, world.items(meeting).get(0));
        assertEquals(2, rollCall.needed(), "a majority of the committee's three members");
        members.subList(0, 2).forEach(d -> cast(d, rollCall, Choice.FOR));
        assertEquals(RollCall.Outcome.ADOPTED, world.as(world.secretary, () -> world.sittings.close(rollCall.id())).outcome());
        assertEquals(3, publicly(() -> reading.closedRollCall(rollCall.id())).deputies().size(), "the committee's members, by name");
    }

    @Test
    void anotherCommunityReachesNoSittingOrVote() {
        List<Long> deputies = deputies(7);
        long session = world.sittingNow(world.draft("8-VIII"));
        deputies.forEach(d -> register(d, session, false));
        RollCall rollCall = open(session, world.items(session).get(0));
        deputies.forEach(d -> cast(d, rollCall, Choice.FOR));
        world.as(world.secretary, () -> world.sittings.close(rollCall.id()));
        CouncilWorld other = new CouncilWorld("council-sitting-b");
        long stranger = other.deputy("Депутат Іншої Громади");
        other.sittingNow(other.draft("1-B"));
        assertRefused(NotFoundException.class, "council.vote.not-found", () -> other.as(stranger, () -> reading.closedRollCall(rollCall.id())));
        assertRefused(NotFoundException.class, "council.session.not-found", () -> other.as(stranger, () -> reading.sitting(session)));
        assertRefused(NotFoundException.class, "council.session.not-found", () -> other.as(stranger, () -> {
            other.sittings.register(session, false);
            return null;
        }));
        assertRefused(NotFoundException.class, "council.vote.not-found", () -> other.as(stranger, () -> {
            other.sittings.cast(rollCall.id(), Choice.AGAINST);
            return null;
        }));
        assertRefused(NotFoundException.class, "council.vote.not-found", () -> other.as(other.secretary, () -> other.sittings.close(rollCall.id())));
    }

    // anyone reads a sitting and a closed roll call: here a reader with no role in the community
    private <T> T publicly(java.util.function.Supplier<T> read) {
        return world.in(CouncilWorld.ADMIN, read);
    }

    private List<Long> deputies(int n) {
        List<Long> people = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            people.add(world.deputy("Депутат № " + i));
        }
        return people;
    }

    private void register(long deputy, long session, boolean remote) {
        world.as(deputy, () -> {
            world.sittings.register(session, remote);
            return null;
        });
    }

    private RollCall open(long session, long item) {
        return world.as(world.secretary, () -> world.sittings.open(session, item, RollCall.Majority.COMPOSITION, 120, null));
    }

    private void cast(long deputy, RollCall rollCall, Choice choice) {
        world.as(deputy, () -> {
            world.sittings.cast(rollCall.id(), choice);
            return null;
        });
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
