package ua.hromada.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.deadline.DeadlineHandler;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.ledger.LedgerRecord;
import ua.hromada.core.tenancy.Community;

/**
 * A vote's deadlines, run by core's sweeper: while it is open, every interval (the community's
 * setting) a checkpoint of its
 * turnout goes on its chain and the head is published (the ballots themselves wait for the close,
 * so the chain never shows which ballots came in which interval); at its closing time, the close.
 * Both are idempotent: a closed vote takes neither again.
 */
final class VoteCheckpoints {
    /** The next checkpoint after {@code after}, by the community's setting. */
    static Instant next(Instant after, Community community) {
        return after.plus(Duration.ofMinutes(VotingSettings.checkpointMinutesIn(community.settings())));
    }

    private VoteCheckpoints() {
    }

    @ApplicationScoped
    static class Checkpoint implements DeadlineHandler {
        @PersistenceContext
        EntityManager em;

        @Inject
        Ledger ledger;

        @Inject
        Deadlines deadlines;

        @Override
        public String kind() {
            return Votes.CHECKPOINT;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            Vote vote = VoteReading.found(em, subjectId, communityId, LockModeType.PESSIMISTIC_WRITE);
            if (vote.isClosed() || !now.isBefore(vote.closesAt())) {
                return; // the close publishes the last head
            }
            ledger.append(Votes.CHAIN, vote.id(), vote.communityId(), List.of(LedgerRecord.of("checkpoint").with("at", now)
                    .with("roll", VoteReading.rollCount(em, vote.id())).encode()));
            ledger.publishHead(Votes.CHAIN, vote.id(), vote.communityId(), now);
            Instant next = next(now, em.find(Community.class, vote.communityId()));
            if (next.isBefore(vote.closesAt())) {
                deadlines.schedule(Votes.CHECKPOINT, vote.id(), vote.communityId(), next);
            }
        }
    }

    @ApplicationScoped
    static class Close implements DeadlineHandler {
        @PersistenceContext
        EntityManager em;

        @Inject
        VoteClosing closing;

        @Override
        public String kind() {
            return Votes.CLOSE;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            Vote vote = VoteReading.found(em, subjectId, communityId, LockModeType.PESSIMISTIC_WRITE);
            if (!vote.isClosed()) {
                closing.close(vote, now);
            }
        }
    }
}
