package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;

/**
 * What happens to the council's records when an account is merged or deleted, inside that
 * transaction (native: a person's records span communities). A deputy's profile is a public
 * office's record and stays; read marks and private notes go with the account.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CouncilAccounts {
    private static final String[] OWN_TABLES = {"council_deputy", "council_draft_read", "council_note"};

    @PersistenceContext
    EntityManager em;

    /** The strong person keeps theirs where both have one (a profile, a mark, a note on the same draft); the rest move. */
    public void merged(PersonsMerged merge) {
        for (String table : OWN_TABLES) {
            merge.rows().add(table + " moved", em.createNativeQuery("update ignore " + table + " set person_id = ?1 where person_id = ?2")
                    .setParameter(1, merge.intoPersonId()).setParameter(2, merge.fromPersonId()).executeUpdate());
        }
        dropPrivate(merge.fromPersonId());
    }

    public void deleted(AccountDeleted deletion) {
        deletion.rows().keep("council deputy profiles kept", ((Number) em.createNativeQuery(
                "select count(*) from council_deputy where person_id = ?1").setParameter(1, deletion.personId()).getSingleResult()).intValue());
        deletion.rows().add("council notes and read marks dropped", dropPrivate(deletion.personId()));
    }

    private int dropPrivate(long personId) {
        return em.createNativeQuery("delete from council_note where person_id = ?1").setParameter(1, personId).executeUpdate()
                + em.createNativeQuery("delete from council_draft_read where person_id = ?1").setParameter(1, personId).executeUpdate();
    }
}
