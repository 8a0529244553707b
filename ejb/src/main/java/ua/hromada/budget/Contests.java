package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;

/**
 * The moderators' side of contests in the current community: prepare a draft and its categories,
 * change them, publish the contest (each stage's date becomes a deadline the sweeper keeps); each
 * step audited. Changes lock the contest's row, so two moderators' category additions or a
 * publication at once are weighed one after the other against the total.
 */
@Stateless
public class Contests {
    static final String OBJECT = "budget-contest";
    /** The deadline kind that moves a contest into {@code stage}. */
    static String stageKind(ContestStage stage) {
        return "budget-contest.stage." + stage.name().toLowerCase(java.util.Locale.ROOT);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading reading;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    ProjectSupport support;

    @Inject
    Implementation implementation;

    @Inject
    ProjectMerging merging;

    @Inject
    Schools schools;

    @Inject
    ContestResults results;

    @Inject
    Clock clock;

    /** The school of the current community a contest is for, or none (404 for another community's). */
    private Long school(Long schoolId) {
        return schoolId == null ? null : schools.find(schoolId).id();
    }

    /** Moderators: a new draft. */
    public Contest create(String title, String description, long totalBudget, SelectionRule rule, int voterMinAge,
            boolean declaredResidency, SignInStrength signIn, ContestDates dates, Long schoolId) {
        Community community = reading.community();
        permissions.require(BudgetAction.MANAGE, community.id());
        checkAdmission(community, declaredResidency, signIn);
        Contest contest = new Contest(title, description, totalBudget, rule, voterMinAge, declaredResidency, signIn, dates,
                Acting.current().name(), clock.instant());
        contest.school(school(schoolId));
        em.persist(contest);
        em.flush();
        audit.record(community.id(), "budget.contest.create", OBJECT, contest.id(), describe(contest));
        return contest;
    }

    /** Moderators, while it is a draft: changes its terms (a total below its categories' budgets is refused). */
    public Contest edit(long id, String title, String description, long totalBudget, SelectionRule rule, int voterMinAge,
            boolean declaredResidency, SignInStrength signIn, ContestDates dates, Long schoolId) {
        Contest contest = locked(id);
        checkAdmission(reading.community(), declaredResidency, signIn);
        String before = describe(contest);
        contest.edit(title, description, totalBudget, rule, voterMinAge, declaredResidency, signIn, dates, clock.instant());
        contest.school(school(schoolId));
        contest.checkCategories(total(reading.categories(id)));
        audit.record(contest.communityId(), "budget.contest.edit", OBJECT, id, before + " → " + describe(contest));
        return contest;
    }

    /** Moderators, while it is a draft: adds a category after its others, within the contest's total. */
    public ContestCategory addCategory(long id, String name, CategoryScope scope, long budget, long minCost, long maxCost, Integer picks) {
        Contest contest = draft(id);
        List<ContestCategory> categories = reading.categories(id);
        if (categories.size() >= ContestCategory.PER_CONTEST) {
            throw new InvalidInputException("budget.category.too-many", ContestCategory.PER_CONTEST);
        }
        int position = categories.isEmpty() ? 0 : categories.get(categories.size() - 1).position() + 1;
        ContestCategory category = new ContestCategory(id, position, name, scope, budget, minCost, maxCost, picks);
        contest.checkCategories(total(categories) + budget);
        em.persist(category);
        em.flush();
        audit.record(contest.communityId(), "budget.category.add", OBJECT, id, "category " + category.id() + " \"" + category.name()
                + "\", " + scope + ", budget " + budget + ", costs " + minCost + "–" + maxCost + ", picks " + (picks == null ? "fit" : picks));
        return category;
    }

    /** Moderators, while it is a draft: removes one of its categories. */
    public void removeCategory(long id, long categoryId) {
        Contest contest = draft(id);
        ContestCategory category = reading.categories(id).stream().filter(c -> c.id() == categoryId).findFirst()
                .orElseThrow(() -> new NotFoundException("budget.category.not-found", categoryId));
        em.remove(category);
        audit.record(contest.communityId(), "budget.category.remove", OBJECT, id, "category " + categoryId + " \"" + category.name() + "\"");
    }

    /** Moderators: publishes a draft; the sweeper will move it into each stage still ahead at its date. */
    public Contest publish(long id) {
        Contest contest = locked(id);
        Instant now = clock.instant();
        List<ContestCategory> categories = reading.categories(id);
        contest.publish(categories.size(), total(categories), BudgetSettings.supportersFrom(reading.community().settings()), now);
        for (ContestStage stage : ContestStage.DATED) {
            Instant starts = contest.dates().starts(stage);
            if (starts.isAfter(now)) {
                deadlines.schedule(stageKind(stage), id, contest.communityId(), starts);
            }
        }
        audit.record(contest.communityId(), "budget.contest.publish", OBJECT, id, describe(contest) + ", stage " + contest.stage());
        return contest;
    }

    /** The sweeper, at a stage's date: the contest moves into the stage its dates give now (again: nothing). */
    public void advance(long id, Instant now) {
        Contest contest = em.find(Contest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contest == null) {
            return;
        }
        ContestStage before = contest.stage();
        if (contest.advance(now)) {
            audit.record(contest.communityId(), "budget.contest.stage", OBJECT, id, before + " → " + contest.stage());
            if (before.compareTo(ContestStage.REVIEW) < 0 && contest.stage().compareTo(ContestStage.REVIEW) >= 0) {
                support.settle(contest);
            }
            if (before.compareTo(ContestStage.REVIEW) <= 0 && contest.stage().compareTo(ContestStage.REVIEW) > 0) {
                merging.lapse(contest);
            }
            if (before.compareTo(ContestStage.RESULTS) < 0 && contest.stage().compareTo(ContestStage.RESULTS) >= 0) {
                em.flush();
                implementation.markWinners(contest, results.close(contest));
            }
        }
    }

    /** Declared residency only where the community's settings allow it; no weaker sign-in than the community asks for the tool. */
    private static void checkAdmission(Community community, boolean declaredResidency, SignInStrength signIn) {
        if (declaredResidency && !BudgetSettings.acceptsDeclaredFrom(community.settings())) {
            throw new InvalidInputException("budget.contest.declared-not-allowed");
        }
        if (signIn != null && !signIn.satisfies(community.requiredSignIn(BudgetTool.KEY))) {
            throw new InvalidInputException("budget.contest.sign-in.weaker");
        }
    }

    private static long total(List<ContestCategory> categories) {
        return categories.stream().mapToLong(ContestCategory::budget).sum();
    }

    private Contest draft(long id) {
        Contest contest = locked(id);
        if (contest.isPublic()) {
            throw new ConflictException("budget.contest.published", id);
        }
        return contest;
    }

    /** The contest of the current community, its row locked for the change, for its moderators. */
    private Contest locked(long id) {
        Community community = reading.community();
        permissions.require(BudgetAction.MANAGE, community.id());
        Contest contest = em.find(Contest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contest == null || !contest.communityId().equals(community.id())) {
            throw new NotFoundException("budget.contest.not-found", id);
        }
        return contest;
    }

    private static String describe(Contest c) {
        ContestDates d = c.dates();
        return "\"" + c.title() + "\", total " + c.totalBudget() + ", " + c.rule() + ", age " + c.voterMinAge()
                + (c.declaredResidency() ? ", declared residency" : "") + (c.isSchools() ? ", school " + c.schoolId() : "") + ", " + c.signIn() + ", " + d.submission() + " / " + d.support()
                + " / " + d.review() + " / " + d.voting() + " / " + d.results() + " / " + d.implementation();
    }
}
