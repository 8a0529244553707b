package ua.hromada.core.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.Cursor;
import ua.hromada.core.DirectSql;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The append-only, hash-chained public ledger. Tools append in their own transaction (this bean
 * only inserts, never updates or deletes an entry); a chain's tail is locked while appending, so
 * two appends to one chain queue instead of forking it (the primary key on position refuses a
 * fork in any case). Heads are published by the tool at its moments (intervals, a close).
 */
@Stateless
public class Ledger {
    private static final int ROWS_PER_INSERT = 200;
    private static final String TAIL = "select position, payload, prev_hash, hash from ledger_entry where chain_kind = ?1 and subject_id = ?2"
            + " order by position desc limit 1";

    @PersistenceContext
    EntityManager em;

    /**
     * Tools, in their transaction: appends {@code payloads} in this order to the chain
     * (kind, subject), after its current tail; answers the entries written.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<LedgerEntry> append(String kind, long subjectId, long communityId, List<String> payloads) {
        LedgerEntry previous = tail(kind, subjectId, true).orElse(null);
        List<LedgerEntry> written = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            previous = LedgerEntry.after(kind, subjectId, previous, payload);
            written.add(previous);
        }
        for (int from = 0; from < written.size(); from += ROWS_PER_INSERT) {
            insert(written.subList(from, Math.min(written.size(), from + ROWS_PER_INSERT)), communityId);
        }
        return written;
    }

    /** Tools, in their transaction: publishes the chain's head as it is now; empty for a chain without entries. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<ChainHead> publishHead(String kind, long subjectId, long communityId, Instant now) {
        Optional<LedgerEntry> tail = tail(kind, subjectId, true);
        tail.ifPresent(t -> em.createNativeQuery("insert into ledger_head (chain_kind, subject_id, community_id, position, hash, published_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, kind).setParameter(2, subjectId).setParameter(3, communityId)
                .setParameter(4, t.position()).setParameter(5, t.hash()).setParameter(6, now).executeUpdate());
        return tail.map(t -> new ChainHead(kind, subjectId, t.position(), t.hash(), now));
    }

    /** Anyone (the tool decides what is public when): entries of a chain after {@code afterPosition}, at most {@code limit}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LedgerEntry> entries(String kind, long subjectId, long afterPosition, int limit) {
        return em.createNativeQuery("select position, payload, prev_hash, hash from ledger_entry where chain_kind = ?1 and subject_id = ?2"
                + " and position > ?3 order by position limit ?4").setParameter(1, kind).setParameter(2, subjectId)
                .setParameter(3, afterPosition).setParameter(4, limit).getResultList().stream()
                .map(r -> entry(kind, subjectId, (Object[]) r)).toList();
    }

    /** Anyone (the tool decides what is public when): the chain's last entry, if it has any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LedgerEntry> last(String kind, long subjectId) {
        return tail(kind, subjectId, false);
    }

    /** Anyone: the heads published for one chain, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChainHead> heads(String kind, long subjectId) {
        return em.createNativeQuery("select position, hash, published_at from ledger_head where chain_kind = ?1 and subject_id = ?2 order by id")
                .setParameter(1, kind).setParameter(2, subjectId).getResultList().stream().map(r -> {
                    Object[] row = (Object[]) r;
                    return new ChainHead(kind, subjectId, ((Number) row[0]).longValue(), (String) row[1], DirectSql.instant(row[2]));
                }).toList();
    }

    /** One published head with the community it belongs to (open data). */
    public record PublishedHead(long id, String communitySlug, ChainHead head) {
    }

    /** Anyone (open data): every head published in the current community (all of them when none is set), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<PublishedHead> published(String cursor, int limit) {
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        int n = Page.bounded(limit);
        long community = CurrentCommunity.id();
        List<PublishedHead> rows = em.createNativeQuery("select h.id, c.slug, h.chain_kind, h.subject_id, h.position, h.hash, h.published_at"
                + " from ledger_head h join community c on c.id = h.community_id where (?1 <= 0 or h.community_id = ?1) and h.id > ?2"
                + " order by h.id limit ?3").setParameter(1, community).setParameter(2, after).setParameter(3, n + 1).getResultList().stream()
                .map(r -> {
                    Object[] row = (Object[]) r;
                    return new PublishedHead(((Number) row[0]).longValue(), (String) row[1], new ChainHead((String) row[2],
                            ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), (String) row[5], DirectSql.instant(row[6])));
                }).toList();
        return Page.of(rows, n, h -> Cursor.encode(h.id()));
    }

    /** Anyone: when the current community's (or any) latest head was published. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lastPublished() {
        Object at = em.createNativeQuery("select max(published_at) from ledger_head where (?1 <= 0 or community_id = ?1)")
                .setParameter(1, CurrentCommunity.id()).getSingleResult();
        return Optional.ofNullable(at).map(DirectSql::instant);
    }

    /**
     * Anyone, tests, and later {@code ./hromada verify} through open data: the problems of a chain
     * as stored, checked against its published heads (none: intact). {@code sealed}: nothing may
     * follow its last head.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> verify(String kind, long subjectId, boolean sealed) {
        List<LedgerEntry> all = new ArrayList<>();
        List<LedgerEntry> batch;
        long after = 0;
        do {
            batch = entries(kind, subjectId, after, 10_000);
            all.addAll(batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).position();
        } while (batch.size() == 10_000);
        return ChainVerifier.problems(all, heads(kind, subjectId), sealed);
    }

    private Optional<LedgerEntry> tail(String kind, long subjectId, boolean lock) {
        List<?> rows = em.createNativeQuery(TAIL + (lock ? " for update" : "")).setParameter(1, kind).setParameter(2, subjectId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(entry(kind, subjectId, (Object[]) rows.get(0)));
    }

    private void insert(List<LedgerEntry> entries, long communityId) {
        StringBuilder sql = new StringBuilder("insert into ledger_entry (chain_kind, subject_id, position, community_id, payload, prev_hash, hash) values ");
        int p = 0;
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(++p).append(", ?").append(++p).append(", ?").append(++p).append(", ?")
                    .append(++p).append(", ?").append(++p).append(", ?").append(++p).append(", ?").append(++p).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        p = 0;
        for (LedgerEntry e : entries) {
            insert.setParameter(++p, e.kind()).setParameter(++p, e.subjectId()).setParameter(++p, e.position()).setParameter(++p, communityId)
                    .setParameter(++p, e.payload()).setParameter(++p, e.prevHash()).setParameter(++p, e.hash());
        }
        insert.executeUpdate();
    }

    private static LedgerEntry entry(String kind, long subjectId, Object[] row) {
        return new LedgerEntry(kind, subjectId, ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]);
    }
}
