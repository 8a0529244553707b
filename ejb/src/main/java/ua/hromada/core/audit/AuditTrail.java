package ua.hromada.core.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import ua.hromada.core.access.Acting;

/** Appends audit entries inside the caller's transaction, so an entry exists iff the change does. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Any bean, inside the transaction of the change it records. */
    public void record(Long communityId, String action, String objectType, Object objectId, String summary) {
        em.persist(new AuditEntry(clock.instant(), Acting.current().name(), communityId, action, objectType,
                String.valueOf(objectId), summary));
    }

    /** Platform administrators and tests: the history of one object, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> of(String objectType, Object objectId) {
        return em.createNamedQuery(AuditEntry.BY_OBJECT, AuditEntry.class)
                .setParameter("type", objectType).setParameter("id", String.valueOf(objectId)).getResultList();
    }
}
