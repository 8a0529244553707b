package ua.hromada.core.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Delivers due outbox messages, each in its own transaction, locked so nothing goes twice. */
@Stateless
public class OutboxDelivery {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Hromada")
    Session mail;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The delivery timer: sends what is due now; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue(int batch) {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(OutboxMessage.DUE, Long.class).setParameter("now", now)
                .setMaxResults(batch).getResultList();
        OutboxDelivery self = context.getBusinessObject(OutboxDelivery.class);
        int sent = 0;
        for (Long id : due) {
            sent += self.deliver(id, now) ? 1 : 0;
        }
        return sent;
    }

    /**
     * Internal: sends one message while its row is locked. A crash between the SMTP hand-over and
     * the commit sends it again (at least once); mail cannot be transactional.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id, Instant now) {
        if (em.createNamedQuery(OutboxMessage.CLAIM).setParameter(1, id).getResultList().isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        try {
            DirectMail.send(mail, message.recipient(), message.subject(), message.body());
            message.sent(now);
            return true;
        } catch (MessagingException e) {
            LOG.info(() -> "Outbox message " + id + " not delivered yet (" + failureSummary(e) + "); will retry");
            // the row keeps the server's words for the operator: it holds the recipient anyway
            message.failed(e.toString(), now);
            return false;
        }
    }

    /**
     * What the log may say about a failed hand-over: exception classes and, for refused
     * recipients, how many. Never a message text: SMTP replies and {@link SendFailedException}
     * name the addresses.
     */
    static String failureSummary(Exception e) {
        StringBuilder summary = new StringBuilder(e.getClass().getName());
        if (e instanceof SendFailedException refused) {
            summary.append(": ").append(count(refused.getInvalidAddresses())).append(" invalid, ")
                    .append(count(refused.getValidUnsentAddresses())).append(" unsent addresses");
        }
        Throwable cause = e instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : e.getCause();
        if (cause != null && cause != e) {
            summary.append(", caused by ").append(cause.getClass().getName());
        }
        return summary.toString();
    }

    private static int count(Address[] addresses) {
        return addresses == null ? 0 : addresses.length;
    }
}
