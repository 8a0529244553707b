package ua.hromada.it.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.ledger.ChainHead;
import ua.hromada.it.support.AtOnce;
import ua.hromada.it.support.InContainer;
import ua.hromada.voting.Vote;
import ua.hromada.voting.VoteReading;

/**
 * Casting and closing through the real beans and MariaDB: one ballot per person under 200 attempts
 * at once; who is refused (non-residents, declared residents, the under-age, those whose provider
 * stated no birth date, e-mail + phone sign-ins, API tokens) and that a refusal writes nothing; the
 * close chains every ballot and publishes the head, results equal the ballots, ballots equal the
 * roll; the sweeper closes a vote at its time; another community reaches nothing.
 */
@ExtendWith(ArquillianExtension.class)
class VotingIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("voting-it", VotingIT.class, VotingWorld.class, AtOnce.class);
    }

    private VotingWorld world;

    @BeforeEach
    void world() {
        world = new VotingWorld("voting");
    }

    @Test
    void onePersonCastsOneBallotUnderTwoHundredAttemptsAtOnce() throws Exception {
        long vote = world.question("Чи підтримуєте ви новий графік вивезення сміття?");
        long voter = world.resident("Іван Поспішний");
        List<String> answers = AtOnce.run(200, i -> () -> {
            try {
                world.cast(voter, vote, i % 3 + 1);
                return "cast";
            } catch (ConflictException e) {
                return e.messageKey();
            }
        });
        Map<String, Integer> counted = new HashMap<>();
        answers.forEach(a -> counted.merge(a, 1, Integer::sum));
        assertEquals(Map.of("cast", 1, "voting.already-voted", 199), counted);
        assertEquals(1, InContainer.count("select count(*) from vote_roll where vote_id = ?", vote));
        assertEquals(1, InContainer.count("select count(*) from vote_ballot where vote_id = ?", vote));
        assertTrue(world.as(voter, () -> world.casting.hasVoted(vote)));
        assertEquals(Optional.of("voting.already-voted"), world.as(voter, () -> world.casting.refusal(vote)));
    }

    @Test
    void onlyVerifiedResidentsOfAgeSignedInStronglyInABrowserVote() {
        long vote = world.question("Чи підтримуєте ви облаштування велодоріжки?");
        long stranger = world.person("Гість Нерезидент");
        refused(stranger, vote, "voting.residents-only");

        String id = UUID.randomUUID().toString();
        long declared = world.people.signIn(id, "Дмитро Заявлений", "idgov", "sub-" + id).id();
        Acting.as(world.actor(declared), () -> InContainer.bean(Residencies.class).declare(world.community));
        assertTrue(world.actor(declared).rolesIn(world.community).contains(Role.DECLARED_RESIDENT));
        refused(declared, vote, "voting.residents-only");

        long young = world.person("Марко Юний", LocalDate.now().minusYears(17), Role.RESIDENT);
        refused(young, vote, "voting.refusal.too-young");
        long unknown = world.person("Олег Без Дати", (LocalDate) null, Role.RESIDENT);
        refused(unknown, vote, "voting.refusal.age-unknown");

        long phone = world.resident("Ніна Телефонна");
        Actor basic = world.people.actorOf(phone, SignInStrength.BASIC);
        HromadaException weak = assertThrows(HromadaException.class, () -> world.in(basic, () -> world.casting.cast(vote, Vote.FOR)));
        assertEquals("voting.strong-sign-in-required", weak.messageKey());
        for (TokenScope scope : TokenScope.values()) {
            Actor token = world.actor(phone).through(new TokenAccess(1L, world.community, scope));
            assertThrows(ForbiddenException.class, () -> world.in(token, () -> world.casting.cast(vote, Vote.FOR)), "token " + scope);
        }
        assertEquals(0, InContainer.count("select count(*) from vote_roll where vote_id = ?", vote), "nothing on the roll");
        assertEquals(0, InContainer.count("select count(*) from vote_ballot where vote_id = ?", vote), "nothing in the box");

        long adult = world.person("Антон Повнолітній", LocalDate.now().minusYears(18), Role.RESIDENT);
        assertEquals(Optional.empty(), world.as(adult, () -> world.casting.refusal(vote)));
        assertEquals(10, world.cast(adult, vote, Vote.AGAINST).length());
    }

    private void refused(long person, long vote, String key) {
        assertEquals(Optional.of(key), world.as(person, () -> world.casting.refusal(vote)), "the page says why");
        HromadaException e = assertThrows(HromadaException.class, () -> world.cast(person, vote, Vote.FOR));
        assertEquals(key, e.messageKey());
    }

    @Test
    void theCloseChainsEveryBallotPublishesTheHeadAndCountsBoxAndRollAlike() {
        long vote = world.question("Чи підтримуєте ви перенесення ярмарку?");
        Map<String, Integer> receipts = new HashMap<>();
        int[] choices = {Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, Vote.FOR};
        for (int i = 0; i < choices.length; i++) {
            receipts.put(world.cast(world.resident("Виборець " + i), vote, choices[i]), choices[i]);
        }
        assertThrows(ConflictException.class, () -> world.in(VotingWorld.ADMIN, () -> world.reading.box(vote, 0, 100)),
                "no box before the close");
        assertEquals(5, world.as(world.organiser, () -> world.votes.turnout(vote)));
        world.close(vote);

        Vote closed = world.in(VotingWorld.ADMIN, () -> world.reading.vote(vote));
        assertEquals(5, closed.ballots());
        assertEquals(5, closed.rollEntries());
        assertEquals(List.of(3L, 1L, 1L), world.in(VotingWorld.ADMIN, () -> world.reading.results(vote)).stream()
                .map(VoteReading.Tally::ballots).toList());
        List<VoteReading.BoxLine> box = world.in(VotingWorld.ADMIN, () -> world.reading.box(vote, 0, 100));
        assertEquals(5, box.size());
        for (VoteReading.BoxLine line : box) {
            assertEquals(receipts.get(line.receipt()), line.choice(), "the box holds the receipt with its choice");
            VoteReading.BoxLine found = world.in(VotingWorld.ADMIN, () -> world.reading.receipt(vote, line.shownReceipt().toLowerCase()))
                    .orElseThrow();
            assertEquals(line.position(), found.position());
        }
        assertEquals(Optional.empty(), world.in(VotingWorld.ADMIN, () -> world.reading.receipt(vote, "ZZZZZ-ZZZZZ")));
        List<ChainHead> heads = world.in(VotingWorld.ADMIN, () -> world.reading.heads(vote));
        assertEquals(List.of(1L, 7L), heads.stream().map(ChainHead::position).toList(), "definition; 5 ballots and the close");
        assertEquals(List.of(), world.in(VotingWorld.ADMIN, () -> world.reading.verify(vote)));
        assertEquals(List.of("vote.create", "vote.close-early"), InContainer.auditOf("vote", vote).stream().map(e -> e.action()).toList());
        assertThrows(ConflictException.class, () -> world.cast(world.resident("Пізній Виборець"), vote, Vote.FOR));
    }

    @Test
    void theSweeperPublishesCheckpointsWhileOpenAndClosesAtTheTime() {
        long vote = world.question("Чи підтримуєте ви нічне освітлення парку?");
        world.cast(world.resident("Ранній Виборець"), vote, Vote.FOR);
        DeadlineProcessing sweeper = InContainer.bean(DeadlineProcessing.class);
        world.in(VotingWorld.ADMIN, () -> sweeper.sweep(Instant.now().plus(Duration.ofMinutes(11)), 500));
        assertEquals(List.of(1L, 2L), world.in(VotingWorld.ADMIN, () -> world.reading.heads(vote)).stream().map(ChainHead::position).toList());
        assertFalse(world.in(VotingWorld.ADMIN, () -> world.reading.vote(vote)).isClosed());
        world.in(VotingWorld.ADMIN, () -> sweeper.sweep(Instant.now().plus(Duration.ofDays(1)).plusSeconds(5), 500));
        Vote closed = world.in(VotingWorld.ADMIN, () -> world.reading.vote(vote));
        assertTrue(closed.isClosed());
        assertEquals(1, closed.ballots());
        assertEquals(List.of(), world.in(VotingWorld.ADMIN, () -> world.reading.verify(vote)));
    }

    @Test
    void anotherCommunityReachesNothingOfAVote() {
        long vote = world.question("Чи підтримуєте ви реконструкцію стадіону?");
        VotingWorld other = new VotingWorld("voting-other");
        long foreignResident = other.resident("Чужий Мешканець");
        assertThrows(NotFoundException.class, () -> other.cast(foreignResident, vote, Vote.FOR));
        assertThrows(NotFoundException.class, () -> other.as(other.organiser, () -> other.votes.turnout(vote)));
        assertThrows(NotFoundException.class, () -> other.as(other.organiser, () -> other.votes.closeEarly(vote)));
        assertThrows(NotFoundException.class, () -> other.in(VotingWorld.ADMIN, () -> other.reading.vote(vote)));
        assertFalse(other.as(other.organiser, () -> other.votes.all()).stream().anyMatch(v -> v.id() == vote));
        // a resident of this community acting under the other's address is no resident there
        long own = world.resident("Своя Мешканка");
        assertThrows(HromadaException.class, () -> other.as(own, () -> other.casting.cast(vote, Vote.FOR)));
        // and the organiser of the other community is no organiser here
        assertThrows(ForbiddenException.class, () -> world.as(other.organiser, () -> world.votes.closeEarly(vote)));
        assertEquals(0, InContainer.count("select count(*) from vote_roll where vote_id = ?", vote));
        assertFalse(world.in(VotingWorld.ADMIN, () -> world.reading.vote(vote)).isClosed());
    }
}
