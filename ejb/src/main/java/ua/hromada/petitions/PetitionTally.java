package ua.hromada.petitions;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Settles signature counts from the signature rows, a few petitions per run instead of one write
 * per signature (the hot row that sank the UK site in 2019). Each petition is recounted exactly in
 * its own short transaction, so a count is never drifted, only a few seconds late.
 */
@Stateless
public class PetitionTally {
    private static final Logger LOG = Logger.getLogger(PetitionTally.class.getName());
    private static final Actor TALLY = Actor.system("petition-tally");

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionLifecycle lifecycle;

    @Resource
    SessionContext context;

    /**
     * The tally timer and tests: recounts the petitions that have signatures with ids above
     * {@code afterId} (every open petition when it is negative); returns the highest signature id
     * it saw, the caller's next {@code afterId} once no transaction below it can still commit.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long settle(long afterId, Instant now) {
        long max = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from signature").getSingleResult()).longValue();
        List<Object[]> touched = afterId < 0
                ? rows(em.createNativeQuery("select id, community_id from petition where status in ('COLLECTING', 'UNDER_CONSIDERATION')").getResultList())
                : rows(em.createNativeQuery("select distinct petition_id, community_id from signature where id > ?1")
                        .setParameter(1, afterId).getResultList());
        PetitionTally self = context.getBusinessObject(PetitionTally.class);
        for (Object[] row : touched) {
            long petition = ((Number) row[0]).longValue();
            long community = ((Number) row[1]).longValue();
            try {
                Acting.as(TALLY, () -> CurrentCommunity.callAs(community, () -> {
                    self.settleOne(petition, now);
                    return null;
                }));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Petition " + petition + " was not settled; the next run retries", e);
            }
        }
        return max;
    }

    /** Internal (through the business proxy): one petition, its row locked for this short transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settleOne(long petitionId, Instant now) {
        Petition petition = lifecycle.lock(petitionId);
        if (petition != null) {
            lifecycle.settle(petition, now);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
