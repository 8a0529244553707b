package ua.hromada.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

/**
 * A participatory budget contest: its total budget (kopecks), who may vote (age, residency,
 * sign-in strength), how the winners are chosen, and its stages' dates. Moderators prepare it as
 * a draft with its categories and publish it; from then on its stage follows its dates (the
 * sweeper moves it) and its rules no longer change.
 */
@Entity
@Table(name = "budget_contest")
@NamedQuery(name = Contest.PUBLIC_PAGE, query = "select c from Contest c where c.stage <> :draft and c.id < :before order by c.id desc")
@NamedQuery(name = Contest.RUNNING_COUNT, query = "select count(c) from Contest c where c.stage in :running")
public class Contest {
    public static final String PUBLIC_PAGE = "Contest.publicPage";
    public static final String RUNNING_COUNT = "Contest.runningCount";
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 20_000;
    /** Pupils of a school budget vote from the first forms; nobody is older than this. */
    public static final int AGE_MIN = 6;
    public static final int AGE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "total_budget", nullable = false)
    private long totalBudget;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_rule", nullable = false, length = 16)
    private SelectionRule rule;

    @Column(name = "voter_min_age", nullable = false)
    private int voterMinAge;

    @Column(name = "declared_residency", nullable = false)
    private boolean declaredResidency;

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_in", nullable = false, length = 16)
    private SignInStrength signIn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContestStage stage;

    @Column(name = "submission_from", nullable = false)
    private Instant submissionFrom;

    @Column(name = "support_from", nullable = false)
    private Instant supportFrom;

    @Column(name = "review_from", nullable = false)
    private Instant reviewFrom;

    @Column(name = "voting_from", nullable = false)
    private Instant votingFrom;

    @Column(name = "results_from", nullable = false)
    private Instant resultsFrom;

    @Column(name = "implementation_from", nullable = false)
    private Instant implementationFrom;

    @Column(name = "created_by", nullable = false, length = 200, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "supporters_needed", nullable = false)
    private int supportersNeeded;

    /** The school whose own contest this is (its pupils vote with one-time codes), or none for the community's. */
    @Column(name = "school_id")
    private Long schoolId;

    protected Contest() {
    }

    /** A draft, checked as {@link #edit} checks it. */
    public Contest(String title, String description, long totalBudget, SelectionRule rule, int voterMinAge, boolean declaredResidency,
            SignInStrength signIn, ContestDates dates, String createdBy, Instant now) {
        this.stage = ContestStage.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(title, description, totalBudget, rule, voterMinAge, declaredResidency, signIn, dates, now);
    }

    /**
     * A past contest read from a pabulib file, published at once in its results stage: its
     * stages' dates lie behind {@code now} but the implementation's, a year ahead.
     */
    public static Contest imported(String title, String description, long totalBudget, SelectionRule rule, String createdBy, Instant now) {
        java.time.Duration day = java.time.Duration.ofDays(1);
        ContestDates past = new ContestDates(now.minus(day.multipliedBy(60)), now.minus(day.multipliedBy(45)), now.minus(day.multipliedBy(30)),
                now.minus(day.multipliedBy(15)), now.minusSeconds(1), now.plus(day.multipliedBy(365)));
        Contest contest = new Contest(title, description, totalBudget, rule, AGE_MIN, false, SignInStrength.STRONG, past, createdBy, now);
        contest.stage = ContestStage.RESULTS;
        contest.publishedAt = now;
        return contest;
    }

    /** A draft's terms; refused once it is published. */
    public void edit(String title, String description, long totalBudget, SelectionRule rule, int voterMinAge, boolean declaredResidency,
            SignInStrength signIn, ContestDates dates, Instant now) {
        if (stage != ContestStage.DRAFT) {
            throw new ConflictException("budget.contest.published", id);
        }
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new InvalidInputException("budget.contest.title.length", TITLE_MIN, TITLE_MAX);
        }
        if (d.length() < DESCRIPTION_MIN || d.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("budget.contest.description.length", DESCRIPTION_MIN, DESCRIPTION_MAX);
        }
        if (totalBudget <= 0 || totalBudget > Hryvnias.MAX) {
            throw new InvalidInputException("budget.contest.total.invalid");
        }
        if (rule == null) {
            throw new InvalidInputException("budget.contest.rule.required");
        }
        if (voterMinAge < AGE_MIN || voterMinAge > AGE_MAX) {
            throw new InvalidInputException("budget.contest.age.invalid", AGE_MIN, AGE_MAX);
        }
        if (dates == null) {
            throw new InvalidInputException("budget.contest.dates.required");
        }
        this.title = t;
        this.description = d;
        this.totalBudget = totalBudget;
        this.rule = rule;
        this.voterMinAge = voterMinAge;
        this.declaredResidency = declaredResidency;
        this.signIn = signIn == null ? SignInStrength.STRONG : signIn;
        this.submissionFrom = dates.submission();
        this.supportFrom = dates.support();
        this.reviewFrom = dates.review();
        this.votingFrom = dates.voting();
        this.resultsFrom = dates.results();
        this.implementationFrom = dates.implementation();
        this.updatedAt = now;
    }

    /** A draft's school: the contest becomes that school's own (or the community's again, with none). */
    public void school(Long schoolId) {
        if (stage != ContestStage.DRAFT) {
            throw new ConflictException("budget.contest.published", id);
        }
        this.schoolId = schoolId;
    }

    /** Refuses a draft's categories whose budgets together exceed the contest's total. */
    public void checkCategories(long categoriesTotal) {
        if (categoriesTotal > totalBudget) {
            throw new InvalidInputException("budget.contest.categories.over-total");
        }
    }

    /**
     * Publishes the draft with its categories (one at least, together within the total) while
     * its voting has not yet ended, fixing the supporters a project needs to enter review (the
     * community's setting then); its stage is then the one its dates give now.
     */
    public void publish(int categories, long categoriesTotal, int supportersNeeded, Instant now) {
        if (stage != ContestStage.DRAFT) {
            throw new ConflictException("budget.contest.published", id);
        }
        if (categories == 0) {
            throw new InvalidInputException("budget.contest.categories.none");
        }
        checkCategories(categoriesTotal);
        if (!resultsFrom.isAfter(now)) {
            throw new InvalidInputException("budget.contest.voting.over");
        }
        // pupils have no accounts to support projects with: a school's projects need no supporters
        this.supportersNeeded = schoolId == null ? supportersNeeded : 0;
        stage = dates().stageAt(now);
        publishedAt = now;
        updatedAt = now;
    }

    /**
     * The sweeper, at a stage's date: moves a published contest to the stage its dates give at
     * {@code now}, never back; answers whether it moved (a repeated run does nothing).
     */
    public boolean advance(Instant now) {
        if (stage == ContestStage.DRAFT) {
            return false;
        }
        ContestStage due = dates().stageAt(now);
        if (due.compareTo(stage) <= 0) {
            return false;
        }
        stage = due;
        updatedAt = now;
        return true;
    }

    public ContestDates dates() {
        return new ContestDates(submissionFrom, supportFrom, reviewFrom, votingFrom, resultsFrom, implementationFrom);
    }

    public Long schoolId() {
        return schoolId;
    }

    /** A school's contest: its pupils vote with one-time codes only, and its school moderators enter their projects. */
    public boolean isSchools() {
        return schoolId != null;
    }

    public boolean isPublic() {
        return stage != ContestStage.DRAFT;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public long totalBudget() {
        return totalBudget;
    }

    public SelectionRule rule() {
        return rule;
    }

    public int voterMinAge() {
        return voterMinAge;
    }

    public boolean declaredResidency() {
        return declaredResidency;
    }

    public SignInStrength signIn() {
        return signIn;
    }

    public ContestStage stage() {
        return stage;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** How many supporters a submitted project needs by the review to enter it (0: every one enters). */
    public int supportersNeeded() {
        return supportersNeeded;
    }
}
