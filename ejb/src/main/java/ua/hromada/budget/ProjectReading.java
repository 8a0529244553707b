package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.Cursor;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;

/**
 * What anyone reads of a contest's projects (the submitted ones), what their authors read of
 * their own (drafts too) and what the moderators read (every submitted one, with contacts).
 */
@Stateless
public class ProjectReading {
    private static final ConsoleTable<BudgetProject> SUBMITTED = ConsoleTable.of(BudgetProject.class, "p",
            "p.contestId = :contest and p.status <> :draft").parameter("draft", ProjectStatus.DRAFT)
            .search("p.title", "p.authorName", "p.number").sort("submitted", "p.submittedAt").sort("title", "p.title")
            .sort("cost", "p.cost").build();

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    /** Anyone: a submitted project of a published contest; its author also reads it as a draft. */
    public BudgetProject view(long id) {
        BudgetProject project = find(id);
        if (!readable(project)) {
            throw new NotFoundException("budget.project.not-found", id);
        }
        return project;
    }

    /** Anyone: whether they may read the project (its author; anyone, once it is submitted to a published contest). */
    public boolean readable(BudgetProject project) {
        return isOwn(project) || project.isPublic() && contests.find(project.contestId()).isPublic();
    }

    /** The signed-in author's own draft (404 for anyone else's, so drafts are not found by guessing; 409 once submitted). */
    public BudgetProject ownDraft(long id) {
        BudgetProject project = find(id);
        if (!isOwn(project)) {
            throw new NotFoundException("budget.project.not-found", id);
        }
        if (project.isPublic()) {
            throw new ConflictException("budget.project.submitted");
        }
        return project;
    }

    /** Anyone: a published contest's submitted projects in the order they came, a page at a time. */
    public Page<BudgetProject> submitted(long contestId, String cursor, int limit) {
        contests.view(contestId);
        int n = Page.bounded(limit);
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        List<BudgetProject> rows = em.createNamedQuery(BudgetProject.SUBMITTED, BudgetProject.class).setParameter("contest", contestId)
                .setParameter("draft", ProjectStatus.DRAFT).setParameter("after", after).setMaxResults(n + 1).getResultList();
        return Page.of(rows, n, p -> Cursor.encode(p.id()));
    }

    /** The signed-in person's projects in the contest, drafts included, newest first. */
    public List<BudgetProject> mine(long contestId) {
        contests.view(contestId);
        if (!Acting.current().isSignedIn()) {
            return List.of();
        }
        return em.createNamedQuery(BudgetProject.MINE, BudgetProject.class).setParameter("contest", contestId)
                .setParameter("author", Acting.current().personId()).getResultList();
    }

    /** The moderators: a contest's submitted projects with their authors' contacts, for the console. */
    public TableRows<BudgetProject> forModerators(long contestId, TableQuery query) {
        Contest contest = contests.find(contestId);
        permissions.require(BudgetAction.MANAGE, contest);
        return SUBMITTED.fetch(em, query, Map.of("contest", contestId));
    }

    private static boolean isOwn(BudgetProject project) {
        return project.authorId() != null && Acting.current().isSignedIn() && project.authorId().equals(Acting.current().personId());
    }

    private BudgetProject find(long id) {
        long community = contests.community().id();
        BudgetProject project = em.find(BudgetProject.class, id);
        if (project == null || project.communityId() != community) {
            throw new NotFoundException("budget.project.not-found", id);
        }
        return project;
    }
}
