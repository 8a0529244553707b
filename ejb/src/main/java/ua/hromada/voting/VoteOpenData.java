package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.Cursor;
import ua.hromada.core.DirectSql;
import ua.hromada.core.Page;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.ledger.LedgerRecord;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The votes' open data, of closed votes only: results (ballots per choice, with the roll's count
 * beside them) and the boxes (every entry of each closed vote's chain: position, payload, the
 * previous hash and its own, so anyone can check the chain against the published heads and recount).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class VoteOpenData {
    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    /** One choice of one closed vote. */
    public record Result(String communitySlug, long voteId, String title, int choice, String label, long ballots, long voteBallots,
            long rollEntries, Instant closedAt) {
    }

    /** One entry of a closed vote's chain. */
    public record BoxEntry(String communitySlug, long voteId, long position, String payload, String prevHash, String hash) {
    }

    /**
     * Anyone: the results of the current community's closed votes (all communities' when none is
     * set), by vote and choice, as their closes committed them to the chain (native: platform-wide
     * the tenant filter would narrow it).
     */
    public Page<Result> results(String cursor, int limit) {
        long[] after = cursor == null || cursor.isBlank() ? new long[2] : Cursor.decode(cursor, 2);
        int n = Page.bounded(limit);
        List<?> votes = em.createNativeQuery("select v.id, c.slug, v.kind, v.title, v.ballots, v.roll_entries, v.closed_at, (select x.payload"
                + " from ledger_entry x where x.chain_kind = ?1 and x.subject_id = v.id and x.payload like ?5 order by x.position limit 1)"
                + " from vote v join community c on c.id = v.community_id"
                + " where v.closed_at is not null and (?2 <= 0 or v.community_id = ?2) and v.id >= ?3 order by v.id limit ?4")
                .setParameter(1, Votes.CHAIN).setParameter(2, CurrentCommunity.id()).setParameter(3, after[0]).setParameter(4, n + 1)
                .setParameter(5, VoteReading.CLOSE_PREFIX).getResultList();
        List<Result> results = new ArrayList<>();
        for (Object v : votes) {
            Object[] row = (Object[]) v;
            long id = ((Number) row[0]).longValue();
            // a close entry removed by a rewrite leaves no figures (the chain check against the heads tells)
            LedgerRecord close = row[7] == null ? LedgerRecord.of("close") : LedgerRecord.decode((String) row[7]);
            java.util.Map<Integer, String> labels = new java.util.HashMap<>();
            if (VoteKind.OPTION.name().equals(row[2])) {
                for (Object o : em.createNativeQuery("select number, label from vote_option where vote_id = ?1").setParameter(1, id)
                        .getResultList()) {
                    labels.put(((Number) ((Object[]) o)[0]).intValue(), (String) ((Object[]) o)[1]);
                }
            }
            int choices = VoteKind.OPTION.name().equals(row[2]) ? labels.size() : Vote.ABSTAIN;
            for (int choice = 1; choice <= choices && results.size() <= n; choice++) {
                if (id > after[0] || choice > after[1]) {
                    results.add(new Result((String) row[1], id, (String) row[3], choice, labels.get(choice),
                            VoteReading.tallies(choices, close).get(choice - 1).ballots(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                            DirectSql.instant(row[6])));
                }
            }
        }
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
