package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ua.hromada.core.document.Documents;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;

/**
 * What happens to participatory budget records when an account is merged or deleted, inside that
 * transaction. Native SQL on purpose: a person's rows span communities, and the entities are
 * tenant-filtered to one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BudgetAccounts {
    // after the merge these would be a second support of one project, or a support of one's own project
    private static final String DROP_SUPPORTS = "delete s from budget_support s join budget_project p on p.id = s.project_id"
            + " where (s.person_id = ?2 and (p.author_id = ?1 or exists (select 1 from (select project_id from budget_support"
            + " where person_id = ?1) t where t.project_id = s.project_id))) or (s.person_id = ?1 and p.author_id = ?2)";
    private static final String MOVE_SUPPORTS = "update budget_support set person_id = ?1 where person_id = ?2";
    private static final String DELETE_SUPPORTS = "delete from budget_support where person_id = ?1";
    // where both voted in one contest the strong person's ballot stays (the other's choices go with it, by the foreign key)
    private static final String DROP_BALLOTS = "delete b from budget_ballot b join budget_ballot t on t.contest_id = b.contest_id"
            + " and t.person_id = ?1 where b.person_id = ?2";
    private static final String MOVE_BALLOTS = "update budget_ballot b join person p on p.id = ?1 set b.person_id = ?1,"
            + " b.person_key = p.person_key where b.person_id = ?2";
    // a vote is final: the ballot stays counted, no longer linked to the account
    private static final String UNLINK_BALLOTS = "update budget_ballot set person_id = null where person_id = ?1";
    private static final String DROP_FOLLOWS = "delete f from budget_follower f join budget_follower t on t.project_id = f.project_id"
            + " and t.person_id = ?1 where f.person_id = ?2";
    private static final String MOVE_FOLLOWS = "update budget_follower set person_id = ?1 where person_id = ?2";
    private static final String DELETE_FOLLOWS = "delete from budget_follower where person_id = ?1";
    private static final String MOVE_PROJECTS = "update budget_project set author_id = ?1 where author_id = ?2";
    // drafts were never public: they go (their cost lines with them, by the foreign key; their photos first, and the files with them)
    private static final String DRAFT_PHOTOS = "select f.document_id from budget_photo f join budget_project p on p.id = f.project_id"
            + " where p.author_id = ?1 and p.status = 'DRAFT'";
    private static final String DELETE_DRAFT_PHOTOS = "delete f from budget_photo f join budget_project p on p.id = f.project_id"
            + " where p.author_id = ?1 and p.status = 'DRAFT'";
    private static final String DELETE_DRAFTS = "delete from budget_project where author_id = ?1 and status = 'DRAFT'";
    private static final String ANONYMISE_PROJECTS = "update budget_project set author_id = null, author_name = '', contacts = null"
            + " where author_id = ?1";

    // a school's moderators: the strong person moderates what either did
    private static final String COPY_SCHOOLS = "insert ignore into budget_school_moderator (school_id, person_id, community_id, assigned_at,"
            + " assigned_by) select school_id, ?1, community_id, assigned_at, assigned_by from budget_school_moderator where person_id = ?2";
    private static final String DELETE_SCHOOLS = "delete from budget_school_moderator where person_id = ?1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    /**
     * Core's merge (through the manifest) only: the phone person's projects, supports, ballots and follows
     * become the strong person's; a support that would be their second of one project, or of their
     * own, goes, and where both voted in one contest the strong person's ballot stays.
     */
    public void merged(PersonsMerged merge) {
        merge.rows().add("duplicate budget supports dropped", run(DROP_SUPPORTS, merge));
        merge.rows().add("budget supports moved", run(MOVE_SUPPORTS, merge));
        merge.rows().add("budget projects moved", run(MOVE_PROJECTS, merge));
        merge.rows().add("duplicate budget ballots dropped", run(DROP_BALLOTS, merge));
        merge.rows().add("budget ballots moved", run(MOVE_BALLOTS, merge));
        merge.rows().add("duplicate budget follows dropped", run(DROP_FOLLOWS, merge));
        merge.rows().add("budget follows moved", run(MOVE_FOLLOWS, merge));
        merge.rows().add("school moderations moved", run(COPY_SCHOOLS, merge));
        merge.rows().add("school moderations of the merged account removed", em.createNativeQuery(DELETE_SCHOOLS)
                .setParameter(1, merge.fromPersonId()).executeUpdate());
    }

    /**
     * Core's deletion (through the manifest) only: the person's school moderations, follows, supports and drafts (with their
     * photos, files too) go; submitted
     * projects stay in the contest without their name and contacts; ballots stay counted, unlinked.
     */
    public void deleted(AccountDeleted deletion) {
        long person = deletion.personId();
        deletion.rows().add("school moderations removed", em.createNativeQuery(DELETE_SCHOOLS).setParameter(1, person).executeUpdate());
        deletion.rows().add("budget ballots unlinked", em.createNativeQuery(UNLINK_BALLOTS).setParameter(1, person).executeUpdate());
        deletion.rows().add("budget follows deleted", em.createNativeQuery(DELETE_FOLLOWS).setParameter(1, person).executeUpdate());
        deletion.rows().add("budget supports deleted", em.createNativeQuery(DELETE_SUPPORTS).setParameter(1, person).executeUpdate());
        List<Long> photos = em.createNativeQuery(DRAFT_PHOTOS).setParameter(1, person).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        deletion.rows().add("budget draft photos deleted", em.createNativeQuery(DELETE_DRAFT_PHOTOS).setParameter(1, person).executeUpdate());
        documents.discard(photos);
        deletion.rows().add("budget project drafts deleted", em.createNativeQuery(DELETE_DRAFTS).setParameter(1, person).executeUpdate());
        deletion.rows().add("budget projects made anonymous", em.createNativeQuery(ANONYMISE_PROJECTS).setParameter(1, person)
                .executeUpdate());
    }

    private int run(String sql, PersonsMerged merge) {
        return em.createNativeQuery(sql).setParameter(1, merge.intoPersonId()).setParameter(2, merge.fromPersonId()).executeUpdate();
    }
}
