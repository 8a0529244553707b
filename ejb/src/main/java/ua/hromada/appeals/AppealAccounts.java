package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;

/**
 * What happens to appeals when an account is merged or deleted, inside that transaction (native:
 * a person's appeals span communities). Registered appeals are official records the body keeps:
 * a deletion leaves them in the register under the name they were filed with.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AppealAccounts {
    @PersistenceContext
    EntityManager em;

    public void merged(PersonsMerged merge) {
        merge.rows().add("appeals moved", em.createNativeQuery("update appeal set applicant_id = ?1 where applicant_id = ?2")
                .setParameter(1, merge.intoPersonId()).setParameter(2, merge.fromPersonId()).executeUpdate());
    }

    public void deleted(AccountDeleted deletion) {
        deletion.rows().add("appeals kept in the register", ((Number) em.createNativeQuery(
                "select count(*) from appeal where applicant_id = ?1").setParameter(1, deletion.personId()).getSingleResult()).intValue());
    }
}
