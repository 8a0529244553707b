package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Registration numbers: a serial per community and year, taken under the counter row's lock, so
 * numbers of appeals filed at once never repeat and never skip (a rolled-back filing returns its
 * number with its transaction).
 */
@Stateless
public class AppealNumbers {
    @PersistenceContext
    EntityManager em;

    /**
     * Makes the year's counter row exist, committed on its own: filings at once then only queue on
     * its lock, where two inserting a new row in their own transactions would deadlock.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long communityId, int year) {
        em.createNativeQuery("insert ignore into appeal_number (community_id, year, last_serial) values (?1, ?2, 0)")
                .setParameter(1, communityId).setParameter(2, year).executeUpdate();
    }

    /** In the filing's transaction, after {@link #open}: the next number, e.g. 2026-000017. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(long communityId, int year) {
        em.createNativeQuery("update appeal_number set last_serial = last_serial + 1 where community_id = ?1 and year = ?2")
                .setParameter(1, communityId).setParameter(2, year).executeUpdate();
        int serial = ((Number) em.createNativeQuery("select last_serial from appeal_number where community_id = ?1 and year = ?2")
                .setParameter(1, communityId).setParameter(2, year).getSingleResult()).intValue();
        return String.format("%d-%06d", year, serial);
    }
}
