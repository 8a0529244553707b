package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.ledger.LedgerRecord;

/**
 * The close of a vote, with its row locked for update (so no cast commits after it: casting reads
 * the row in share mode): counts the box and the roll (equal, or nothing closes), appends every
 * ballot to the vote's chain in a freshly shuffled order (never the order of casting, which the
 * roll's timing could link to voters; docs/voting.md), then the result, and publishes the head.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class VoteClosing {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    /** {@link Votes} and the close deadline, with {@code vote} locked: closes it (once). */
    public void close(Vote vote, Instant now) {
        List<?> rows = em.createNativeQuery("select ballot_id, receipt, choice from vote_ballot where vote_id = ?1")
                .setParameter(1, vote.id()).getResultList();
        List<String> ballots = new ArrayList<>(rows.size() + 1);
        long[] counts = new long[vote.choices() + 1];
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            int choice = ((Number) row[2]).intValue();
            counts[choice]++;
            ballots.add(LedgerRecord.of("ballot").with("ballot", row[0]).with("receipt", row[1]).with("choice", choice).encode());
        }
        Collections.shuffle(ballots, RANDOM);
        int roll = (int) VoteReading.rollCount(em, vote.id());
        vote.close(rows.size(), roll, now);
        LedgerRecord result = LedgerRecord.of("close").with("closed", now).with("ballots", rows.size()).with("roll", roll);
        for (int choice = 1; choice < counts.length; choice++) {
            result = result.with("choice-" + choice, counts[choice]);
        }
        ballots.add(result.encode());
        ledger.append(Votes.CHAIN, vote.id(), vote.communityId(), ballots);
        ledger.publishHead(Votes.CHAIN, vote.id(), vote.communityId(), now);
    }
}
