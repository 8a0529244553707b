package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;

/**
 * Projects put forward to a contest: residents save drafts while the contest is announced or
 * taking submissions and submit them while it takes them; moderators enter projects that came on
 * paper. A submitted project gets the contest's next number under the contest's row lock (the
 * unique key backs it); a person keeps at most {@value #PER_PERSON} projects in one contest.
 */
@Stateless
public class ProjectSubmission {
    static final int PER_PERSON = 10;
    static final String OBJECT = "budget-project";
    /** Paper forms received by the end of submission may still be entered during the preliminary support. */
    static final Set<ContestStage> PAPER = Set.of(ContestStage.SUBMISSION, ContestStage.SUPPORT);

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    ProjectReading reading;

    @Inject
    BudgetPermissions permissions;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Residents the contest admits: a new draft (at most {@value #PER_PERSON} of theirs in the contest, race-free). */
    public BudgetProject createDraft(long contestId, ProjectContent content) {
        Contest contest = open(contests.find(contestId), ContestStage.DRAFTING);
        if (contest.isSchools()) {
            throw new ConflictException("budget.project.school-entered");
        }
        permissions.require(BudgetAction.SUBMIT, contest);
        long person = Acting.current().personId();
        // the person's row is locked first, so one person's drafts at once queue and the limit holds
        em.find(Person.class, person, LockModeType.PESSIMISTIC_WRITE);
        long theirs = em.createQuery("select count(p) from BudgetProject p where p.contestId = :contest and p.authorId = :person", Long.class)
                .setParameter("contest", contestId).setParameter("person", person).getSingleResult();
        if (theirs >= PER_PERSON) {
            throw new ConflictException("budget.project.limit", PER_PERSON);
        }
        BudgetProject project = new BudgetProject(contestId, person, people.holdOpen(person), false, clock.instant());
        fill(project, contest, content);
        em.persist(project);
        em.flush();
        return project;
    }

    /** The author, while it is a draft and the contest takes drafts: changes it. */
    public BudgetProject saveDraft(long projectId, ProjectContent content) {
        BudgetProject project = reading.ownDraft(projectId);
        Contest contest = open(contests.find(project.contestId()), ContestStage.DRAFTING);
        permissions.require(BudgetAction.SUBMIT, contest);
        fill(project, contest, content);
        return project;
    }

    /** The author, while the contest takes submissions: submits the draft as it was last saved, with the contest's next number. */
    public BudgetProject submit(long projectId) {
        BudgetProject project = reading.ownDraft(projectId);
        Contest contest = lockedOpen(project.contestId(), Set.of(ContestStage.SUBMISSION));
        permissions.require(BudgetAction.SUBMIT, contest);
        number(project, contest);
        audit.record(contest.communityId(), "budget.project.submit", OBJECT, project.id(), describe(project));
        return project;
    }

    /**
     * Moderators (in a school's contest, also its school moderators): a project from a paper
     * form, with its author's name and contacts as written, submitted at once.
     */
    public BudgetProject enterFromPaper(long contestId, String authorName, ProjectContent content) {
        Contest contest = contests.find(contestId);
        permissions.require(BudgetAction.MANAGE, contest);
        lockedOpen(contestId, PAPER);
        BudgetProject project = new BudgetProject(contestId, null, authorName, true, clock.instant());
        fill(project, contest, content);
        number(project, contest);
        em.persist(project);
        em.flush();
        audit.record(contest.communityId(), "budget.project.paper", OBJECT, project.id(), describe(project) + ", by " + project.authorName());
        return project;
    }

    private void number(BudgetProject project, Contest contest) {
        long numbered = em.createNamedQuery(BudgetProject.NUMBERED, Long.class).setParameter("contest", contest.id()).getSingleResult();
        ContestCategory category = contests.categories(contest.id()).stream().filter(c -> c.id().equals(project.categoryId())).findFirst()
                .orElse(null);
        project.submit(category, String.valueOf(numbered + 1), clock.instant());
    }

    /** The content into the project; its category must be one of the contest's. */
    private void fill(BudgetProject project, Contest contest, ProjectContent content) {
        Long category = content.categoryId();
        if (category != null && contests.categories(contest.id()).stream().noneMatch(c -> c.id().equals(category))) {
            throw new InvalidInputException("budget.project.category.unknown");
        }
        project.edit(category, content.title(), content.description(), content.location(), content.contacts(), content.lines(),
                clock.instant());
    }

    /** The published contest, in one of {@code stages} now. */
    static Contest open(Contest contest, Set<ContestStage> stages) {
        if (!contest.isPublic()) {
            throw new NotFoundException("budget.contest.not-found", contest.id());
        }
        if (!stages.contains(contest.stage())) {
            throw new ConflictException(contest.stage() == ContestStage.ANNOUNCED ? "budget.project.submission-not-open"
                    : "budget.project.submission-closed");
        }
        return contest;
    }

    /** As {@link #open}, the contest's row locked and read again: numbers are given one at a time. */
    private Contest lockedOpen(long contestId, Set<ContestStage> stages) {
        Contest contest = contests.find(contestId);
        em.refresh(contest, LockModeType.PESSIMISTIC_WRITE);
        return open(contest, stages);
    }

    private static String describe(BudgetProject p) {
        return "number " + p.number() + " \"" + p.title() + "\", category " + p.categoryId() + ", cost " + p.cost();
    }
}
