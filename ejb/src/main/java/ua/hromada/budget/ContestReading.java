package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.Cursor;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.Waiting;

/** What anyone reads of the current community's participatory budget contests, and what its moderators read. */
@Stateless
public class ContestReading {
    private static final ConsoleTable<Contest> ALL = ConsoleTable.of(Contest.class, "c", "1 = 1")
            .search("c.title").sort("newest", "c.createdAt").sort("title", "c.title").sort("voting", "c.votingFrom").build();
    /** The stages in which a contest is under way (the home page's figure). */
    private static final List<ContestStage> RUNNING = List.of(ContestStage.ANNOUNCED, ContestStage.SUBMISSION, ContestStage.SUPPORT,
            ContestStage.REVIEW, ContestStage.VOTING);

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetPermissions permissions;

    @Inject
    CommunityCache cache;

    /** Anyone: the current community, refusing with 404 when its participatory budget is off. */
    public Community community() {
        return cache.currentWithTool(BudgetTool.KEY, "budget.disabled");
    }

    /** Budget beans: the contest of the current community, whatever its stage. */
    public Contest find(long id) {
        Community community = community();
        Contest contest = em.find(Contest.class, id);
        if (contest == null || !contest.communityId().equals(community.id())) {
            throw new NotFoundException("budget.contest.not-found", id);
        }
        return contest;
    }

    /** Anyone: a published contest; its moderators also see drafts. */
    public Contest view(long id) {
        Contest contest = find(id);
        if (!contest.isPublic() && !permissions.allows(BudgetAction.MANAGE, contest.communityId())) {
            throw new NotFoundException("budget.contest.not-found", id);
        }
        return contest;
    }

    /** Anyone who may see the contest: its categories in order. */
    public List<ContestCategory> categories(long id) {
        return em.createNamedQuery(ContestCategory.OF_CONTEST, ContestCategory.class).setParameter("contest", id).getResultList();
    }

    /** Anyone: the community's published contests, newest first, a page at a time. */
    public Page<Contest> list(String cursor, int limit) {
        community();
        int n = Page.bounded(limit);
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor, 1)[0];
        List<Contest> rows = em.createNamedQuery(Contest.PUBLIC_PAGE, Contest.class).setParameter("draft", ContestStage.DRAFT)
                .setParameter("before", before).setMaxResults(n + 1).getResultList();
        return Page.of(rows, n, c -> Cursor.encode(c.id()));
    }

    /** The home page's figure: contests under way (announced up to voting). */
    public long runningCount() {
        return em.createNamedQuery(Contest.RUNNING_COUNT, Long.class).setParameter("running", RUNNING).getSingleResult();
    }

    /** The moderators: every contest of the community, drafts included, for the console. */
    public TableRows<Contest> all(TableQuery query) {
        permissions.require(BudgetAction.MANAGE, community().id());
        return ALL.fetch(em, query);
    }

    /** The console home: drafts to finish and projects to review, for the moderators. */
    public List<Waiting> waiting() {
        Community community = community();
        List<Waiting> waiting = new java.util.ArrayList<>();
        if (permissions.allows(BudgetAction.MANAGE, community.id())) {
            long drafts = em.createQuery("select count(c) from Contest c where c.stage = :draft", Long.class)
                    .setParameter("draft", ContestStage.DRAFT).getSingleResult();
            waiting.add(Waiting.undated("budget.waiting.drafts", drafts, BudgetTool.CONSOLE_PATH));
        }
        if (permissions.allows(BudgetAction.REVIEW, community.id())) {
            long review = em.createQuery("select count(p) from BudgetProject p, Contest c where c.id = p.contestId and c.stage = :review"
                    + " and p.status = :inReview", Long.class).setParameter("review", ContestStage.REVIEW)
                    .setParameter("inReview", ProjectStatus.IN_REVIEW).getSingleResult();
            waiting.add(Waiting.undated("budget.waiting.review", review, BudgetTool.CONSOLE_PATH));
        }
        return waiting;
    }

    /** Public figures: contests published, for one community or platform-wide (native, so the tenant filter does not narrow them). */
    public List<Statistic> statistics(Long communityId) {
        String where = communityId == null ? "" : " and community_id = ?1";
        var query = em.createNativeQuery("select count(*) from budget_contest where stage <> 'DRAFT'" + where);
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        return List.of(new Statistic("contests", "budget.statistic.contests", ((Number) query.getSingleResult()).longValue()));
    }
}
