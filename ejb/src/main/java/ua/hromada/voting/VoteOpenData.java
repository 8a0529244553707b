package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.Cursor;
import ua.hromada.core.DirectSql;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The votes' open data, of closed votes only: results (ballots per choice, with the roll's count
 * beside them) and the boxes (every entry of each closed vote's chain: position, payload, the
 * previous hash and its own, so anyone can check the chain against the published heads and recount).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class VoteOpenData {
    /** The numbers 1 … the most choices a vote may have, as a derived table. */
    private static final String CHOICES = java.util.stream.IntStream.rangeClosed(1, Vote.OPTIONS_MAX)
            .mapToObj(i -> "select " + i + (i == 1 ? " as choice" : "")).collect(java.util.stream.Collectors.joining(" union all "));

    @PersistenceContext
    EntityManager em;

    /** One choice of one closed vote. */
    public record Result(String communitySlug, long voteId, String title, int choice, String label, long ballots, long voteBallots,
            long rollEntries, Instant closedAt) {
    }

    /** One entry of a closed vote's chain. */
    public record BoxEntry(String communitySlug, long voteId, long position, String payload, String prevHash, String hash) {
    }

    /** Anyone: the results of the current community's closed votes (all communities' when none is set), by vote and choice. */
    public Page<Result> results(String cursor, int limit) {
        long[] after = cursor == null || cursor.isBlank() ? new long[2] : Cursor.decode(cursor, 2);
        int n = Page.bounded(limit);
        // every choice of each vote: 1..3 for a question, the options' numbers for a choose-one vote
        List<?> rows = em.createNativeQuery("select c.slug, v.id, v.title, k.choice, o.label, (select count(*) from vote_ballot b"
                + " where b.vote_id = v.id and b.choice = k.choice), v.ballots, v.roll_entries, v.closed_at from vote v"
                + " join community c on c.id = v.community_id"
                + " join (" + CHOICES + ") k on k.choice <= case when v.kind = 'QUESTION' then 3"
                + " else (select count(*) from vote_option x where x.vote_id = v.id) end"
                + " left join vote_option o on o.vote_id = v.id and o.number = k.choice"
                + " where v.closed_at is not null and (?1 <= 0 or v.community_id = ?1) and (v.id, k.choice) > (?2, ?3)"
                + " order by v.id, k.choice limit ?4").setParameter(1, CurrentCommunity.id()).setParameter(2, after[0])
                .setParameter(3, after[1]).setParameter(4, n + 1).getResultList();
        List<Result> results = rows.stream().map(r -> (Object[]) r).map(r -> new Result((String) r[0], ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue(), DirectSql.instant(r[8]))).toList();
        return Page.of(results, n, r -> Cursor.encode(r.voteId(), r.choice()));
    }

    /** Anyone: every chain entry of the current community's closed votes (all communities' when none is set), by vote and position. */
    public Page<BoxEntry> boxes(String cursor, int limit) {
        long[] after = cursor == null || cursor.isBlank() ? new long[2] : Cursor.decode(cursor, 2);
        int n = Page.bounded(limit);
        List<?> rows = em.createNativeQuery("select c.slug, e.subject_id, e.position, e.payload, e.prev_hash, e.hash from ledger_entry e"
                + " join vote v on v.id = e.subject_id join community c on c.id = v.community_id where e.chain_kind = ?1"
                + " and v.closed_at is not null and (?2 <= 0 or v.community_id = ?2) and (e.subject_id, e.position) > (?3, ?4)"
                + " order by e.subject_id, e.position limit ?5").setParameter(1, Votes.CHAIN).setParameter(2, CurrentCommunity.id())
                .setParameter(3, after[0]).setParameter(4, after[1]).setParameter(5, n + 1).getResultList();
        List<BoxEntry> entries = rows.stream().map(r -> (Object[]) r).map(r -> new BoxEntry((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5])).toList();
        return Page.of(entries, n, e -> Cursor.encode(e.voteId(), e.position()));
    }

    /** Anyone: when the current community's (or any) latest vote closed. */
    public Optional<Instant> lastClose() {
        Object at = em.createNativeQuery("select max(closed_at) from vote where (?1 <= 0 or community_id = ?1)")
                .setParameter(1, CurrentCommunity.id()).getSingleResult();
        return Optional.ofNullable(at).map(DirectSql::instant);
    }
}
