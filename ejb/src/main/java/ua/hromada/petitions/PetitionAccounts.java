package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ua.hromada.core.identity.PersonsMerged;

/**
 * What happens to petitions when an account is merged or deleted, inside that transaction. Native
 * SQL on purpose: a person's rows span communities, and the entities are tenant-filtered to one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PetitionAccounts {
    private static final String BOTH_SIGNED = "select distinct s.petition_id from signature s join signature t"
            + " on t.petition_id = s.petition_id and t.person_id = ?1 where s.person_id = ?2";
    private static final String DROP_DUPLICATES = "delete s from signature s join signature t"
            + " on t.petition_id = s.petition_id and t.person_id = ?1 where s.person_id = ?2";
    private static final String MOVE_SIGNATURES = "update signature set person_id = ?1 where person_id = ?2";
    private static final String MOVE_AUTHORED = "update petition set author_id = ?1 where author_id = ?2";
    private static final String MOVE_REPORTS = "update petition_report set person_id = ?1 where person_id = ?2";
    // the tally recounts only petitions with new signature ids; a dropped row needs its own recount
    private static final String RECOUNT = "update petition p set p.signature_count ="
            + " (select count(*) from signature s where s.petition_id = p.id) where p.id = ?1";

    @PersistenceContext
    EntityManager em;

    /**
     * Core's merge (PersonMerge) only: the phone person's signatures, petitions and reports become
     * the strong person's; where both signed one petition the strong signature stays and the other
     * goes, and that petition's count is settled again at once.
     */
    public void merged(@Observes PersonsMerged merge) {
        long into = merge.intoPersonId();
        long from = merge.fromPersonId();
        List<?> twiceSigned = em.createNativeQuery(BOTH_SIGNED).setParameter(1, into).setParameter(2, from).getResultList();
        merge.rows().add("duplicate signatures dropped", update(DROP_DUPLICATES, into, from));
        merge.rows().add("signatures moved", update(MOVE_SIGNATURES, into, from));
        merge.rows().add("petitions moved", update(MOVE_AUTHORED, into, from));
        merge.rows().add("petition reports moved", update(MOVE_REPORTS, into, from));
        for (Object petition : twiceSigned) {
            em.createNativeQuery(RECOUNT).setParameter(1, ((Number) petition).longValue()).executeUpdate();
        }
    }

    private int update(String sql, long into, long from) {
        return em.createNativeQuery(sql).setParameter(1, into).setParameter(2, from).executeUpdate();
    }
}
