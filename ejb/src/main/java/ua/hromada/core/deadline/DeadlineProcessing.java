package ua.hromada.core.deadline;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Handles due deadlines, one row per transaction: the row is locked with SKIP LOCKED, so parallel
 * sweeps (two nodes, or a sweep overlapping a slow one) never handle a row twice, and rows that
 * fell due while the application was down are simply found due at the next sweep.
 */
@Stateless
public class DeadlineProcessing {
    private static final Logger LOG = Logger.getLogger(DeadlineProcessing.class.getName());
    private static final Actor SWEEPER = Actor.system("deadline-sweeper");

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<DeadlineHandler> handlerBeans;

    @Resource
    SessionContext context;

    /**
     * The sweeper timer (with the clock's now) and tests (with a moved now): handles up to
     * {@code batch} deadlines due at {@code now}; returns how many it handled.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(Instant now, int batch) {
        List<Object[]> due = em.createNamedQuery(Deadline.DUE, Object[].class)
                .setParameter("now", now).setMaxResults(batch).getResultList();
        DeadlineProcessing self = context.getBusinessObject(DeadlineProcessing.class);
        int handled = 0;
        for (Object[] row : due) {
            long id = (Long) row[0];
            long community = row[1] == null ? CurrentCommunity.NONE : (Long) row[1];
            try {
                boolean done = Acting.as(SWEEPER, () -> CurrentCommunity.callAs(community, () -> self.handleOne(id, now)));
                handled += done ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deadline " + id + " failed; it stays due and is retried", e);
                self.recordFailure(id, e.toString(), now);
            }
        }
        return handled;
    }

    /** Internal (through the business proxy): handles one row if it is still due and not locked elsewhere. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handleOne(long id, Instant now) {
        // The first statement of the transaction: the session opens with this deadline's community as tenant.
        if (em.createNamedQuery(Deadline.CLAIM).setParameter(1, id).getResultList().isEmpty()) {
            return false;
        }
        Deadline deadline = em.find(Deadline.class, id);
        DeadlineHandler handler = handlers().get(deadline.kind());
        if (handler == null) {
            deadline.failed("no handler for kind " + deadline.kind(), now);
            return false;
        }
        Instant due = deadline.dueAt();
        handler.handle(deadline.subjectId(), deadline.communityId(), now);
        if (deadline.dueAt().isAfter(due)) {
            deadline.recurred(); // the handler set its own deadline again (a recurring one): it stays due then
        } else {
            deadline.handled(now);
        }
        return true;
    }

    /** Internal: notes a failed attempt in its own transaction, after the attempt rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long id, String error, Instant now) {
        Deadline deadline = em.find(Deadline.class, id);
        if (deadline != null) {
            deadline.failed(error, now);
        }
    }

    private Map<String, DeadlineHandler> handlers() {
        return handlerBeans.stream().collect(Collectors.toMap(DeadlineHandler::kind, Function.identity()));
    }
}
