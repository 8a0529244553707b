package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;

/**
 * What happens to consultation records when an account is merged or deleted, inside that
 * transaction. Native SQL on purpose: a person's rows span communities, and the entities are
 * tenant-filtered to one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConsultationAccounts {
    // after the merge these would be a second support of one comment, or a support of one's own
    // comment: they go, each with its count
    private static final String SUPPORTS_TO_DROP = "select s.comment_id, s.person_id from consultation_support s"
            + " join consultation_comment c on c.id = s.comment_id"
            + " where (s.person_id = ?2 and (c.author_id = ?1 or s.comment_id in"
            + " (select t.comment_id from consultation_support t where t.person_id = ?1)))"
            + " or (s.person_id = ?1 and c.author_id = ?2)";
    private static final String DROP_SUPPORT = "delete from consultation_support where comment_id = ?1 and person_id = ?2";
    private static final String UNCOUNT = "update consultation_comment set support_count = support_count - 1 where id = ?1";
    private static final String MOVE_SUPPORTS = "update consultation_support set person_id = ?1 where person_id = ?2";
    private static final String MOVE_COMMENTS = "update consultation_comment set author_id = ?1 where author_id = ?2";
    // complaints: a second one about one comment, or one about one's own comment after the merge, goes
    private static final String DROP_COMPLAINTS = "delete k from consultation_complaint k join consultation_comment c"
            + " on c.id = k.comment_id where (k.person_id = ?2 and (c.author_id = ?1 or k.comment_id in"
            + " (select t.comment_id from (select comment_id from consultation_complaint where person_id = ?1) t)))"
            + " or (k.person_id = ?1 and c.author_id = ?2)";
    private static final String MOVE_COMPLAINTS = "update consultation_complaint set person_id = ?1 where person_id = ?2";
    private static final String MOVE_BLOCKS = "update consultation_block set person_id = ?1 where person_id = ?2";
    private static final String DELETE_COMPLAINTS = "delete from consultation_complaint where person_id = ?1";
    private static final String DELETE_BLOCKS = "delete from consultation_block where person_id = ?1";
    private static final String MOVE_PROPOSALS = "update consultation_proposal set author_id = ?1 where author_id = ?2";
    private static final String DELETE_PROPOSALS = "delete from consultation_proposal where author_id = ?1";
    // a poll both answered keeps the strong person's response (its choices go with the other's)
    private static final String DROP_RESPONSES = "delete r from poll_response r join poll_response t on t.consultation_id = r.consultation_id"
            + " and t.person_id = ?1 where r.person_id = ?2";
    private static final String MOVE_RESPONSES = "update poll_response set person_id = ?1 where person_id = ?2";
    private static final String DELETE_RESPONSES = "delete from poll_response where person_id = ?1";
    private static final String DROP_STANCES = "delete r from regulation_stance r join regulation_stance t on t.consultation_id ="
            + " r.consultation_id and t.section_key = r.section_key and t.person_id = ?1 where r.person_id = ?2";
    private static final String MOVE_STANCES = "update regulation_stance set person_id = ?1 where person_id = ?2";
    private static final String DELETE_STANCES = "delete from regulation_stance where person_id = ?1";
    private static final String UNCOUNT_SUPPORTS = "update consultation_comment c join consultation_support s"
            + " on s.comment_id = c.id and s.person_id = ?1 set c.support_count = c.support_count - 1";
    private static final String DELETE_SUPPORTS = "delete from consultation_support where person_id = ?1";
    private static final String ANONYMISE_COMMENTS = "update consultation_comment set author_name = '' where author_id = ?1";

    @PersistenceContext
    EntityManager em;

    @Inject
    PollTallies tallies;

    /**
     * Core's merge (through the manifest) only: the phone person's comments, supports, complaints,
     * blocks, topic proposals, poll responses and stances on draft acts become the strong person's
     * (where both answered a poll or weighed one section, the strong person's stays); a support or complaint that would be the person's
     * second about one comment, or about their own comment, goes (a support with its count).
     */
    public void merged(PersonsMerged merge) {
        long into = merge.intoPersonId();
        long from = merge.fromPersonId();
        List<?> dropped = em.createNativeQuery(SUPPORTS_TO_DROP).setParameter(1, into).setParameter(2, from).getResultList();
        for (Object r : dropped) {
            Object[] row = (Object[]) r;
            em.createNativeQuery(DROP_SUPPORT).setParameter(1, row[0]).setParameter(2, row[1]).executeUpdate();
            em.createNativeQuery(UNCOUNT).setParameter(1, row[0]).executeUpdate();
        }
        merge.rows().add("duplicate consultation supports dropped", dropped.size());
        merge.rows().add("consultation supports moved", run(MOVE_SUPPORTS, into, from));
        merge.rows().add("duplicate consultation complaints dropped", run(DROP_COMPLAINTS, into, from));
        merge.rows().add("consultation complaints moved", run(MOVE_COMPLAINTS, into, from));
        merge.rows().add("consultation blocks moved", run(MOVE_BLOCKS, into, from));
        merge.rows().add("consultation comments moved", run(MOVE_COMMENTS, into, from));
        merge.rows().add("topic proposals moved", run(MOVE_PROPOSALS, into, from));
        merge.rows().add("duplicate poll responses dropped", run(DROP_RESPONSES, into, from));
        merge.rows().add("poll responses moved", run(MOVE_RESPONSES, into, from));
        merge.rows().add("duplicate stances on draft acts dropped", run(DROP_STANCES, into, from));
        merge.rows().add("stances on draft acts moved", run(MOVE_STANCES, into, from));
        tallies.forgetAll();
    }

    /**
     * Core's deletion (through the manifest) only: the person's supports go with their counts, their
     * complaints, blocks, topic proposals, poll responses and stances go; their comments stay in
     * the public discussion without their name.
     */
    public void deleted(AccountDeleted deletion) {
        long person = deletion.personId();
        em.createNativeQuery(UNCOUNT_SUPPORTS).setParameter(1, person).executeUpdate();
        deletion.rows().add("consultation supports deleted", em.createNativeQuery(DELETE_SUPPORTS).setParameter(1, person).executeUpdate());
        deletion.rows().add("consultation complaints deleted",
                em.createNativeQuery(DELETE_COMPLAINTS).setParameter(1, person).executeUpdate());
        deletion.rows().add("consultation blocks deleted", em.createNativeQuery(DELETE_BLOCKS).setParameter(1, person).executeUpdate());
        // proposals were never public: the moderators' own drafts from accepted ones stay theirs
        deletion.rows().add("topic proposals deleted", em.createNativeQuery(DELETE_PROPOSALS).setParameter(1, person).executeUpdate());
        // a response is the person's own until the poll ends and changeable: it goes with the account
        deletion.rows().add("poll responses deleted", em.createNativeQuery(DELETE_RESPONSES).setParameter(1, person).executeUpdate());
        deletion.rows().add("stances on draft acts deleted", em.createNativeQuery(DELETE_STANCES).setParameter(1, person).executeUpdate());
        tallies.forgetAll();
        deletion.rows().add("consultation comments made anonymous",
                em.createNativeQuery(ANONYMISE_COMMENTS).setParameter(1, person).executeUpdate());
    }

    private int run(String sql, long into, long from) {
        return em.createNativeQuery(sql).setParameter(1, into).setParameter(2, from).executeUpdate();
    }
}
