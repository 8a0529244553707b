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
        for (String column : new String[] {"deputy_id", "executor_id"}) {
            merge.rows().add("appeals' " + column + " moved", em.createNativeQuery("update appeal set " + column + " = ?1 where " + column
                    + " = ?2").setParameter(1, merge.intoPersonId()).setParameter(2, merge.fromPersonId()).executeUpdate());
        }
        // a department the strong person is already in keeps their row (and its head flag); the rest move
        merge.rows().add("department staff moved", em.createNativeQuery("update ignore appeal_department_staff set person_id = ?1"
                + " where person_id = ?2").setParameter(1, merge.intoPersonId()).setParameter(2, merge.fromPersonId()).executeUpdate());
        em.createNativeQuery("delete from appeal_department_staff where person_id = ?1").setParameter(1, merge.fromPersonId())
                .executeUpdate();
    }

    /** The appeals stay; a place in a department's staff (never public) goes with the account. */
    public void deleted(AccountDeleted deletion) {
        deletion.rows().add("appeals kept in the register", ((Number) em.createNativeQuery(
                "select count(*) from appeal where applicant_id = ?1").setParameter(1, deletion.personId()).getSingleResult()).intValue());
        em.createNativeQuery("delete from appeal_department_staff where person_id = ?1").setParameter(1, deletion.personId())
                .executeUpdate();
    }
}
