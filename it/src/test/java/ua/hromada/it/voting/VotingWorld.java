package ua.hromada.it.voting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.ledger.ChainHash;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;
import ua.hromada.voting.Casting;
import ua.hromada.voting.VoteKind;
import ua.hromada.voting.VoteReading;
import ua.hromada.voting.Votes;

/** A fresh community with votes switched on, its organiser, and helpers to set up votes and residents. */
public final class VotingWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("voting-it");
    public final Votes votes = InContainer.bean(Votes.class);
    public final Casting casting = InContainer.bean(Casting.class);
    public final VoteReading reading = InContainer.bean(VoteReading.class);
    public final long organiser;

    public VotingWorld(String prefix) {
        super(ADMIN, prefix, "Громада голосувань", "voting");
        organiser = person("Оксана Організаторка", Role.VOTE_ORGANISER);
    }

    /** A question open from now for a day, voters 18 and older. */
    public long question(String title) {
        return as(organiser, () -> votes.create(new Votes.Setup(VoteKind.QUESTION, title, "Дорадче голосування громади.", List.of(),
                Instant.now(), Instant.now().plus(Duration.ofDays(1)), 18))).id();
    }

    public long resident(String name) {
        return person(name, Role.RESIDENT);
    }

    public String cast(long person, long vote, int choice) {
        return as(person, () -> casting.cast(vote, choice));
    }

    public void close(long vote) {
        as(organiser, () -> votes.closeEarly(vote));
    }

    /** A question with {@code voters} new residents' ballots (for, against, for …), closed: its box chained and published. */
    public long closedQuestion(String title, int voters) {
        long vote = question(title);
        for (int i = 0; i < voters; i++) {
            cast(resident("Виборець " + i + " " + UUID.randomUUID().toString().substring(0, 6)), vote, i % 2 + 1);
        }
        close(vote);
        return vote;
    }

    /** What a database operator might do to one ballot of a closed vote's box behind the application's back. */
    public enum Tamper { EDIT, DELETE, INSERT }

    /** Rewrites one ballot of the closed {@code vote}'s chain straight in {@code ledger_entry}, as {@code tamper} says. */
    public void tamper(long vote, Tamper tamper) {
        long ballotAt = InContainer.count("select min(position) from ledger_entry where chain_kind = 'vote' and subject_id = ?"
                + " and payload like 'type=ballot%'", vote);
        switch (tamper) {
            // a ballot's payload ends with its choice: turn a 1 into a 2 and anything else into a 1
            case EDIT -> InContainer.execute("update ledger_entry set payload = concat(left(payload, length(payload) - 1),"
                    + " if(right(payload, 1) = '1', '2', '1')) where chain_kind = 'vote' and subject_id = ? and position = ?", vote, ballotAt);
            case DELETE -> InContainer.execute("delete from ledger_entry where chain_kind = 'vote' and subject_id = ? and position = ?",
                    vote, ballotAt);
            case INSERT -> {
                // a well-formed entry appended after the sealed head, as a rewrite would have to
                long position = InContainer.count("select max(position) from ledger_entry where chain_kind = 'vote' and subject_id = ?", vote) + 1;
                String prev = in(ADMIN, () -> reading.heads(vote)).get(1).hash();
                String payload = "type=ballot\nballot=" + UUID.randomUUID() + "\nreceipt=ZZZZZ22222\nchoice=1";
                InContainer.execute("insert into ledger_entry (chain_kind, subject_id, position, community_id, payload, prev_hash, hash)"
                        + " values ('vote', ?, ?, ?, ?, ?, ?)", vote, position, community, payload, prev, ChainHash.of("vote", vote, position, prev, payload));
            }
        }
    }
}
