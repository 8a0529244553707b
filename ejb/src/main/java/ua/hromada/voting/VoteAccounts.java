package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;

/**
 * What happens to the roll when an account is merged or deleted, inside that transaction. The roll
 * holds only person keys: a merged person's entries follow the person they became; a deleted
 * account's stay (its key is no name and nothing public), so the same identity signing in again
 * (as a new person with the same key) still cannot vote twice. Ballots hold nobody and never change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class VoteAccounts {
    @PersistenceContext
    EntityManager em;

    public void merged(PersonsMerged merge) {
        merge.rows().add("vote roll entries moved", em.createNativeQuery("update ignore vote_roll r join person f on f.person_key = r.person_key"
                + " join person t on t.id = ?2 set r.person_key = t.person_key where f.id = ?1")
                .setParameter(1, merge.fromPersonId()).setParameter(2, merge.intoPersonId()).executeUpdate());
    }

    public void deleted(AccountDeleted deletion) {
        // nothing to drop: the roll's person key is kept to refuse a second ballot, the ballots name nobody
    }
}
