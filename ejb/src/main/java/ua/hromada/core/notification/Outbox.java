package ua.hromada.core.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Queues an e-mail in the caller's transaction: it leaves only if the change it reports commits. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Any bean, inside the transaction of the change the message reports. */
    public void email(Long communityId, String recipient, String subject, String body) {
        em.persist(new OutboxMessage(communityId, recipient, subject, body, clock.instant()));
    }
}
