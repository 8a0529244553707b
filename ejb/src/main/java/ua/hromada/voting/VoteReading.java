package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.ConflictException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.ledger.ChainHead;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.ledger.LedgerEntry;
import ua.hromada.core.ledger.LedgerRecord;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tool.Statistic;

/**
 * Reading votes, for anyone: the list and each vote with its schedule; after the close, its result,
 * its box (every ballot with receipt, choice and place on the chain, as the ledger holds it), a
 * receipt's ballot, the published heads and the chain's check against them. Before the close
 * nothing of the box is shown, not even to the organiser.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class VoteReading {
    public static final int BOX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CommunityCache cache;

    @Inject
    Ledger ledger;

    /** One choice of a closed vote and its ballots. */
    public record Tally(int choice, long ballots) {
    }

    /** One ballot of a closed vote's box as the chain holds it. */
    public record BoxLine(long position, String receipt, int choice) {
        public String shownReceipt() {
            return Receipts.shown(receipt);
        }
    }

    /** Anyone: the community's votes, latest closing first. */
    public List<Vote> all() {
        community();
        return em.createNamedQuery(Vote.ALL, Vote.class).setMaxResults(200).getResultList();
    }

    /** Anyone: one vote of the community (another community's is a 404). */
    public Vote vote(long id) {
        return found(em, id, community().id(), LockModeType.NONE);
    }

    /**
     * Anyone, once the vote closed: its ballots per choice, every choice named (also those nobody
     * chose), as the close committed them to the chain (a row changed in the box table afterwards
     * changes no published result; the chain check tells whether the chain was touched).
     */
    public List<Tally> results(long id) {
        Vote vote = closed(id);
        List<?> close = em.createNativeQuery(CLOSE_ENTRY).setParameter(1, Votes.CHAIN).setParameter(2, id).setParameter(3, CLOSE_PREFIX)
                .getResultList();
        return close.isEmpty() ? List.of() : tallies(vote, LedgerRecord.decode((String) close.get(0)));
    }

    /** The payload of a vote's close entry (found by its type: anything appended after it, a rewrite, is not the result). */
    static final String CLOSE_ENTRY = "select payload from ledger_entry where chain_kind = ?1 and subject_id = ?2 and payload like ?3"
            + " order by position limit 1";
    /** How a close entry's payload begins, as a LIKE pattern (bound, so the line break is one). */
    static final String CLOSE_PREFIX = "type=close\n%";

    /** The result a close record states, choice by choice (a figure that does not read, after a rewrite, as none: the chain check tells). */
    static List<Tally> tallies(Vote vote, LedgerRecord close) {
        return tallies(vote.choices(), close);
    }

    static List<Tally> tallies(int choices, LedgerRecord close) {
        List<Tally> tallies = new ArrayList<>();
        for (int choice = 1; choice <= choices; choice++) {
            String figure = close.get("choice-" + choice);
            tallies.add(new Tally(choice, figure != null && figure.matches("[0-9]{1,18}") ? Long.parseLong(figure) : 0));
        }
        return tallies;
    }

    /** Anyone, once the vote closed: the box's ballots in chain order after {@code afterPosition}. */
    public List<BoxLine> box(long id, long afterPosition, int limit) {
        closed(id);
        List<BoxLine> lines = new ArrayList<>();
        for (LedgerEntry entry : ledger.entries(Votes.CHAIN, id, afterPosition, Math.max(1, Math.min(limit, 1000)))) {
            LedgerRecord record = LedgerRecord.decode(entry.payload());
            if ("ballot".equals(record.type())) {
                lines.add(new BoxLine(entry.position(), record.get("receipt"), Integer.parseInt(record.get("choice"))));
            }
        }
        return lines;
    }

    /** Anyone, once the vote closed: the ballot with this receipt (typed loosely), if the box holds one. */
    public Optional<BoxLine> receipt(long id, String typed) {
        closed(id);
        Optional<String> code = Receipts.read(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        // the code is of the receipt alphabet only, so it holds no LIKE wildcard
        List<?> rows = em.createNativeQuery("select position, payload from ledger_entry where chain_kind = ?1 and subject_id = ?2"
                + " and payload like ?3").setParameter(1, Votes.CHAIN).setParameter(2, id)
                .setParameter(3, "%\nreceipt=" + code.get() + "\n%").getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            LedgerRecord record = LedgerRecord.decode((String) row[1]);
            if ("ballot".equals(record.type())) {
                return Optional.of(new BoxLine(((Number) row[0]).longValue(), record.get("receipt"), Integer.parseInt(record.get("choice"))));
            }
        }
        return Optional.empty();
    }

    /** Anyone: the heads published for the vote's chain, oldest first. */
    public List<ChainHead> heads(long id) {
        vote(id);
        return ledger.heads(Votes.CHAIN, id);
    }

    /** Anyone: what is wrong with the vote's chain against its published heads (nothing, normally). */
    public List<String> verify(long id) {
        Vote vote = vote(id);
        return ledger.verify(Votes.CHAIN, id, vote.isClosed());
    }

    /** The manifest's figure: how many votes the community has. */
    public long count(long communityId) {
        return ((Number) em.createNativeQuery("select count(*) from vote where community_id = ?1").setParameter(1, communityId)
                .getSingleResult()).longValue();
    }

    /** Public figures: closed votes and their ballots, of one community or (null) of all. */
    public List<Statistic> statistics(Long communityId) {
        String where = communityId == null ? "" : " and community_id = ?1";
        var query = em.createNativeQuery("select count(*), coalesce(sum(ballots), 0) from vote where closed_at is not null" + where);
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(new Statistic("votes-closed", "voting.statistic.closed", ((Number) row[0]).longValue()),
                new Statistic("ballots", "voting.statistic.ballots", ((Number) row[1]).longValue()));
    }

    static Vote found(EntityManager em, long id, Long communityId, LockModeType lock) {
        Vote vote = em.find(Vote.class, id, lock);
        if (vote == null || communityId == null || vote.communityId() != communityId) {
            throw new NotFoundException("voting.not-found", id);
        }
        return vote;
    }

    static long rollCount(EntityManager em, long voteId) {
        return ((Number) em.createNativeQuery("select count(*) from vote_roll where vote_id = ?1").setParameter(1, voteId)
                .getSingleResult()).longValue();
    }

    private Vote closed(long id) {
        Vote vote = vote(id);
        if (!vote.isClosed()) {
            throw new ConflictException("voting.box.not-yet", id);
        }
        return vote;
    }

    private Community community() {
        return cache.currentWithTool(VotingTool.KEY, "voting.disabled");
    }
}
