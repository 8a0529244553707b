package ua.hromada.core.deadline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Registers deadlines for subjects; tools call it in the transaction that creates the subject. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Deadlines {
    @PersistenceContext
    EntityManager em;

    /** Any bean: sets (or moves) the single deadline of this kind for the subject. */
    public Deadline schedule(String kind, long subjectId, Long communityId, Instant dueAt) {
        Optional<Deadline> existing = find(kind, subjectId);
        if (existing.isPresent()) {
            existing.get().reschedule(dueAt);
            return existing.get();
        }
        Deadline deadline = new Deadline(kind, subjectId, communityId, dueAt);
        em.persist(deadline);
        return deadline;
    }

    /** Any bean and tests: the deadline of this kind for the subject, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Deadline> find(String kind, long subjectId) {
        return em.createNamedQuery(Deadline.BY_SUBJECT, Deadline.class)
                .setParameter("kind", kind).setParameter("subjectId", subjectId)
                .getResultStream().findFirst();
    }
}
