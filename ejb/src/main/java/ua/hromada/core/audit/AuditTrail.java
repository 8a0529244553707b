package ua.hromada.core.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import ua.hromada.core.Cursor;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;

/** Appends audit entries inside the caller's transaction, so an entry exists iff the change does. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Permissions permissions;

    /** Any bean, inside the transaction of the change it records. */
    public void record(Long communityId, String action, String objectType, Object objectId, String summary) {
        em.persist(new AuditEntry(clock.instant(), Acting.current().name(), communityId, action, objectType,
                String.valueOf(objectId), summary));
    }

    /** The community's moderators (console, CSV): its audit entries, newest first, filtered. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AuditEntry> ofCommunity(long communityId, AuditFilter filter, String cursor, int limit) {
        permissions.require(Action.CONSOLE_VIEW, communityId);
        return page(communityId, filter, cursor, limit);
    }

    /**
     * National moderators and platform administrators (platform console, CSV): every entry, of one
     * community if {@code communityId} is set, newest first, filtered.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AuditEntry> platformWide(Long communityId, AuditFilter filter, String cursor, int limit) {
        permissions.require(Action.PLATFORM_CONSOLE_VIEW, null);
        return page(communityId == null ? 0 : communityId, filter, cursor, limit);
    }

    private Page<AuditEntry> page(long communityId, AuditFilter filter, String cursor, int limit) {
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor, 1)[0];
        List<AuditEntry> rows = em.createNamedQuery(AuditEntry.PAGE, AuditEntry.class)
                .setParameter("community", communityId).setParameter("action", filter.action())
                .setParameter("actor", filter.actor()).setParameter("from", filter.fromOrEarliest())
                .setParameter("to", filter.toOrLatest()).setParameter("before", before)
                .setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        return new Page<>(List.copyOf(rows.subList(0, limit)), Cursor.encode(rows.get(limit - 1).id()));
    }

    /**
     * Whoever may read every entry of it on an audit console (the moderators of each community
     * among its entries, national moderators for platform entries; platform administrators): the
     * history of one object, oldest first. One unreadable entry refuses the whole history.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> of(String objectType, Object objectId) {
        List<AuditEntry> entries = em.createNamedQuery(AuditEntry.BY_OBJECT, AuditEntry.class)
                .setParameter("type", objectType).setParameter("id", String.valueOf(objectId)).getResultList();
        // checked against the entries themselves: an object's type does not say whose it is
        entries.stream().map(AuditEntry::communityId).distinct().forEach(community -> permissions.require(
                community == null ? Action.PLATFORM_CONSOLE_VIEW : Action.CONSOLE_VIEW, community));
        return entries;
    }
}
