package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ua.hromada.core.identity.AccountDeleted;
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
    // one report per person and petition: where both reported one, the strong person's stays
    private static final String DROP_DUPLICATE_REPORTS = "delete r from petition_report r join petition_report t"
            + " on t.petition_id = r.petition_id and t.person_id = ?1 where r.person_id = ?2";
    // the tally recounts only petitions with new signature ids; a dropped row needs its own recount
    private static final String RECOUNT = "update petition p set p.signature_count = ("
            + PetitionLifecycle.COUNTED + ") where p.id = ?1";
    // a dropped duplicate that a removal had taken out leaves that removal's count
    private static final String UNCOUNT_REMOVED_DUPLICATES = "update signature_removal r join signature s on s.removal_id = r.id"
            + " join signature t on t.petition_id = s.petition_id and t.person_id = ?1 set r.removed = r.removed - 1"
            + " where s.person_id = ?2";
    /** Drafts, submissions awaiting moderation and rejected ones: never public, so the author's alone. */
    private static final String UNPUBLISHED = Arrays.stream(PetitionStatus.values()).filter(s -> !s.isPublic())
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final List<String> DROP_UNPUBLISHED_ROWS = List.of("petition_event", "petition_report", "signature").stream()
            .map(table -> "delete r from " + table + " r join petition p on p.id = r.petition_id"
                    + " where p.author_id = ?1 and p.status in " + UNPUBLISHED).toList();
    private static final String DROP_UNPUBLISHED = "delete from petition where author_id = ?1 and status in " + UNPUBLISHED;
    private static final String COUNT_SIGNED = "select count(*) from signature where person_id = ?1";
    private static final String COUNT_AUTHORED = "select count(*) from petition where author_id = ?1";

    @PersistenceContext
    EntityManager em;

    /**
     * Core's merge (PersonMerge, through the manifest) only: the phone person's signatures, petitions and reports become
     * the strong person's; where both signed one petition the strong signature stays and the other
     * goes, and that petition's count is settled again at once.
     */
    public void merged(PersonsMerged merge) {
        long into = merge.intoPersonId();
        long from = merge.fromPersonId();
        List<?> twiceSigned = em.createNativeQuery(BOTH_SIGNED).setParameter(1, into).setParameter(2, from).getResultList();
        update(UNCOUNT_REMOVED_DUPLICATES, into, from);
        merge.rows().add("duplicate signatures dropped", update(DROP_DUPLICATES, into, from));
        merge.rows().add("signatures moved", update(MOVE_SIGNATURES, into, from));
        merge.rows().add("petitions moved", update(MOVE_AUTHORED, into, from));
        merge.rows().add("duplicate petition reports dropped", update(DROP_DUPLICATE_REPORTS, into, from));
        merge.rows().add("petition reports moved", update(MOVE_REPORTS, into, from));
        for (Object petition : twiceSigned) {
            em.createNativeQuery(RECOUNT).setParameter(1, ((Number) petition).longValue()).executeUpdate();
        }
    }

    /**
     * Core's deletion (AccountDeletion, through the manifest) only: the person's petitions that never became public go
     * with their history and reports; their signatures and published petitions stay public with
     * their name, as the law requires, and are reported as kept.
     */
    public void deleted(AccountDeleted deletion) {
        long person = deletion.personId();
        for (String sql : DROP_UNPUBLISHED_ROWS) {
            em.createNativeQuery(sql).setParameter(1, person).executeUpdate();
        }
        deletion.rows().add("unpublished petitions deleted",
                em.createNativeQuery(DROP_UNPUBLISHED).setParameter(1, person).executeUpdate());
        deletion.rows().keep("signatures kept", count(COUNT_SIGNED, person));
        deletion.rows().keep("published petitions kept", count(COUNT_AUTHORED, person));
    }

    private int count(String sql, long person) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, person).getSingleResult()).intValue();
    }

    private int update(String sql, long into, long from) {
        return em.createNativeQuery(sql).setParameter(1, into).setParameter(2, from).executeUpdate();
    }
}
