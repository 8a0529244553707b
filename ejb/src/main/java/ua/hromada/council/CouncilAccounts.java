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
        movedCorrespondence(merge);
    }

    public void deleted(AccountDeleted deletion) {
        deletion.rows().keep("council deputy profiles kept", ((Number) em.createNativeQuery(
                "select count(*) from council_deputy where person_id = ?1").setParameter(1, deletion.personId()).getSingleResult()).intValue());
        deletion.rows().add("council notes and read marks dropped", dropPrivate(deletion.personId()));
        droppedCorrespondence(deletion);
    }

    // messages: the other member's correspondence as much as theirs, so what they wrote stays for them
    private void movedCorrespondence(PersonsMerged merge) {
        for (String update : new String[] {"update ignore council_thread_member set person_id = ?1 where person_id = ?2",
                "update council_message set author_id = ?1 where author_id = ?2", "update council_thread set started_by = ?1 where started_by = ?2",
                "update council_thread set deputy_id = ?1 where deputy_id = ?2", "update ignore council_block set person_id = ?1 where person_id = ?2",
                "update ignore council_block set deputy_id = ?1 where deputy_id = ?2"}) {
            merge.rows().add("council correspondence moved", em.createNativeQuery(update).setParameter(1, merge.intoPersonId())
                    .setParameter(2, merge.fromPersonId()).executeUpdate());
        }
        em.createNativeQuery("delete from council_thread_member where person_id = ?1").setParameter(1, merge.fromPersonId()).executeUpdate();
        em.createNativeQuery("delete from council_block where person_id = ?1 or deputy_id = ?1").setParameter(1, merge.fromPersonId())
                .executeUpdate();
    }

    private void droppedCorrespondence(AccountDeleted deletion) {
        // not public records (no keep: the key goes), but the other member's correspondence: left with them, counted
        deletion.rows().add("council messages left with the other member", ((Number) em.createNativeQuery(
                "select count(*) from council_message where author_id = ?1").setParameter(1, deletion.personId()).getSingleResult()).intValue());
        deletion.rows().add("council thread memberships and blocks dropped", em.createNativeQuery(
                "delete from council_thread_member where person_id = ?1").setParameter(1, deletion.personId()).executeUpdate()
                + em.createNativeQuery("delete from council_block where person_id = ?1 or deputy_id = ?1").setParameter(1, deletion.personId())
                        .executeUpdate());
    }

    private int dropPrivate(long personId) {
        return em.createNativeQuery("delete from council_note where person_id = ?1").setParameter(1, personId).executeUpdate()
                + em.createNativeQuery("delete from council_draft_read where person_id = ?1").setParameter(1, personId).executeUpdate();
    }
}
