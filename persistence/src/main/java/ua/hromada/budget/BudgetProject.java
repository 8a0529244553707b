package ua.hromada.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.Money;
import org.hibernate.annotations.TenantId;

/**
 * A project put forward to a contest: its author's draft (saved as it is, checked only for what
 * it holds), then submitted with a number, when every field and its total cost against the
 * category's limits are checked. A project entered by a moderator from a paper form is marked
 * so and has no author account. The author's contacts are for the moderators only.
 */
@Entity
@Table(name = "budget_project")
@NamedQuery(name = BudgetProject.SUBMITTED, query = "select p from BudgetProject p where p.contestId = :contest and p.status <> :draft"
        + " and p.id > :after order by p.id")
@NamedQuery(name = BudgetProject.MINE, query = "select p from BudgetProject p where p.contestId = :contest and p.authorId = :author"
        + " order by p.id desc")
@NamedQuery(name = BudgetProject.NUMBERED, query = "select count(p) from BudgetProject p where p.contestId = :contest and p.number is not null")
public class BudgetProject {
    public static final String SUBMITTED = "BudgetProject.submitted";
    public static final String MINE = "BudgetProject.mine";
    public static final String NUMBERED = "BudgetProject.numbered";
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MIN = 50;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int LOCATION_MIN = 3;
    public static final int LOCATION_MAX = 300;
    public static final int CONTACTS_MAX = 300;
    public static final int LINES_MAX = 30;
    public static final int AUTHOR_MAX = 200;
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(length = 32)
    private String number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(nullable = false, length = LOCATION_MAX)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = AUTHOR_MAX)
    private String authorName;

    @Column(length = CONTACTS_MAX)
    private String contacts;

    @Column(name = "on_paper", nullable = false, updatable = false)
    private boolean onPaper;

    @Column(nullable = false)
    private long cost;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_cost_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<CostLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The author's own total, kept when the review corrects the cost. */
    @Column(name = "original_cost")
    private Long originalCost;

    @Column(name = "cost_note", length = REASON_MAX)
    private String costNote;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Column(name = "decided_by", length = AUTHOR_MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Null until the project wins; then how far its implementation has come. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ImplementationStatus implementation;

    @Column(nullable = false)
    private long spent;

    @Column(name = "implementation_note", length = REASON_MAX)
    private String implementationNote;

    @Column(name = "implementation_updated_at")
    private Instant implementationUpdatedAt;

    /** The project this one joined by a merge with both authors' consent, else null. */
    @Column(name = "merged_into")
    private Long mergedInto;

    protected BudgetProject() {
    }

    /** A draft of a resident's ({@code authorId}), or a paper form a moderator enters ({@code authorId} null). */
    public BudgetProject(long contestId, Long authorId, String authorName, boolean onPaper, Instant now) {
        String name = authorName == null ? "" : authorName.strip();
        if (name.isEmpty() || name.length() > AUTHOR_MAX) {
            throw new InvalidInputException("budget.project.author.length", 1, AUTHOR_MAX);
        }
        this.contestId = contestId;
        this.authorId = authorId;
        this.authorName = name;
        this.onPaper = onPaper;
        this.status = ProjectStatus.DRAFT;
        this.createdAt = now;
        this.title = "";
        this.description = "";
        this.location = "";
    }

    /** A project of a past contest read from a pabulib file: on the ballot under the file's number, with its name and cost. */
    public static BudgetProject imported(long contestId, long categoryId, String number, String name, long cost, Instant now) {
        BudgetProject project = new BudgetProject(contestId, null, "pabulib", false, now);
        String title = name == null || name.isBlank() ? "№ " + number : name.strip();
        project.categoryId = categoryId;
        project.number = number;
        project.title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        project.cost = cost;
        project.status = ProjectStatus.ADMITTED;
        project.submittedAt = now;
        project.updatedAt = now;
        return project;
    }

    /**
     * A draft's content as typed: each field within its greatest length (the least ones and the
     * cost limits wait for the submission), the cost the total of its lines.
     */
    public void edit(Long categoryId, String title, String description, String location, String contacts, List<CostLine> lines,
            Instant now) {
        if (status != ProjectStatus.DRAFT) {
            throw new ConflictException("budget.project.submitted");
        }
        String t = strip(title);
        String d = strip(description);
        String l = strip(location);
        String c = strip(contacts);
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw new InvalidInputException("budget.project.title.length", TITLE_MIN, TITLE_MAX);
        }
        if (d.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("budget.project.description.length", DESCRIPTION_MIN, DESCRIPTION_MAX);
        }
        if (l.length() > LOCATION_MAX) {
            throw new InvalidInputException("budget.project.location.length", LOCATION_MIN, LOCATION_MAX);
        }
        if (c.length() > CONTACTS_MAX) {
            throw new InvalidInputException("budget.project.contacts.length", CONTACTS_MAX);
        }
        if (lines.size() > LINES_MAX) {
            throw new InvalidInputException("budget.project.lines.too-many", LINES_MAX);
        }
        this.categoryId = categoryId;
        this.title = t;
        this.description = d;
        this.location = l;
        this.contacts = c.isEmpty() ? null : c;
        this.lines.clear();
        this.lines.addAll(lines);
        this.cost = lines.stream().mapToLong(CostLine::amount).sum();
        this.updatedAt = now;
    }

    /**
     * Submits the draft to {@code category} (the project's own) under {@code number}: every field
     * must now hold its least length, a cost line at least, and the total the category's limits.
     */
    public void submit(ContestCategory category, String number, Instant now) {
        if (status != ProjectStatus.DRAFT) {
            throw new ConflictException("budget.project.submitted");
        }
        if (category == null || categoryId == null || category.id().longValue() != categoryId) {
            throw new InvalidInputException("budget.project.category.required");
        }
        if (title.length() < TITLE_MIN) {
            throw new InvalidInputException("budget.project.title.length", TITLE_MIN, TITLE_MAX);
        }
        if (description.length() < DESCRIPTION_MIN) {
            throw new InvalidInputException("budget.project.description.length", DESCRIPTION_MIN, DESCRIPTION_MAX);
        }
        if (location.length() < LOCATION_MIN) {
            throw new InvalidInputException("budget.project.location.length", LOCATION_MIN, LOCATION_MAX);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("budget.project.lines.none");
        }
        if (cost < category.minCost() || cost > category.maxCost()) {
            throw new InvalidInputException("budget.project.cost.out-of-limits", hryvnias(cost), hryvnias(category.minCost()),
                    hryvnias(category.maxCost()));
        }
        this.number = number;
        this.status = ProjectStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /**
     * The review corrects the cost to {@code kopecks} with a reason; the author's own total is kept
     * (the first one, however often it is corrected) so the page shows both.
     */
    public void correctCost(long kopecks, String reason, Instant now) {
        requireInReview();
        if (kopecks <= 0 || kopecks > Hryvnias.MAX) {
            throw new InvalidInputException("budget.review.cost.invalid");
        }
        String r = reason(reason);
        if (originalCost == null) {
            originalCost = cost;
        }
        cost = kopecks;
        costNote = r;
        updatedAt = now;
    }

    /** The review admits the project to the ballot. */
    public void admit(String by, Instant now) {
        requireInReview();
        decide(ProjectStatus.ADMITTED, null, by, now);
    }

    /** The review rejects the project with a public reason. */
    public void reject(String reason, String by, Instant now) {
        requireInReview();
        decide(ProjectStatus.REJECTED, reason(reason), by, now);
    }

    /**
     * A merge both authors consented to: the project joins {@code kept} (of its contest, in review
     * too, whose cost the review may correct) and leaves the review and the ballot.
     */
    public void mergeInto(BudgetProject kept, Instant now) {
        requireInReview();
        kept.requireInReview();
        if (kept.contestId != contestId || kept.id.equals(id)) {
            throw new InvalidInputException("budget.merge.other-contest");
        }
        status = ProjectStatus.MERGED;
        mergedInto = kept.id;
        updatedAt = now;
    }

    /** The project won its contest: its implementation is planned (again: nothing). */
    public void won(Instant now) {
        if (status != ProjectStatus.ADMITTED) {
            throw new ConflictException("budget.implementation.not-admitted");
        }
        if (implementation == null) {
            implementation = ImplementationStatus.PLANNED;
            implementationUpdatedAt = now;
        }
    }

    /** A winning project's implementation as it stands: its status, the money spent so far, a public note. */
    public void track(ImplementationStatus status, long spentKopecks, String note, Instant now) {
        if (implementation == null) {
            throw new ConflictException("budget.implementation.not-won");
        }
        if (status == null) {
            throw new InvalidInputException("budget.implementation.status.required");
        }
        if (spentKopecks < 0 || spentKopecks > Hryvnias.MAX) {
            throw new InvalidInputException("budget.implementation.spent.invalid");
        }
        String n = strip(note);
        if (n.length() > REASON_MAX) {
            throw new InvalidInputException("budget.implementation.note.length", REASON_MAX);
        }
        implementation = status;
        spent = spentKopecks;
        implementationNote = n.isEmpty() ? null : n;
        implementationUpdatedAt = now;
    }

    private void decide(ProjectStatus outcome, String reason, String by, Instant now) {
        status = outcome;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    private void requireInReview() {
        if (status != ProjectStatus.IN_REVIEW) {
            throw new ConflictException("budget.review.not-in-review");
        }
    }

    /** A public reason of the review, within its least and greatest length. */
    static String reason(String reason) {
        String r = strip(reason);
        if (r.length() < REASON_MIN || r.length() > REASON_MAX) {
            throw new InvalidInputException("budget.review.reason.length", REASON_MIN, REASON_MAX);
        }
        return r;
    }

    private static Money hryvnias(long kopecks) {
        return new Money(kopecks);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public boolean isPublic() {
        return status != ProjectStatus.DRAFT;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public long contestId() {
        return contestId;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    public ProjectStatus status() {
        return status;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    /** For the author and the moderators only; never on a public page. */
    public String contacts() {
        return contacts;
    }

    public boolean onPaper() {
        return onPaper;
    }

    public long cost() {
        return cost;
    }

    public List<CostLine> lines() {
        return List.copyOf(lines);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The author's own total when the review corrected it, else null. */
    public Long originalCost() {
        return originalCost;
    }

    public String costNote() {
        return costNote;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** Null unless the project won. */
    public ImplementationStatus implementation() {
        return implementation;
    }

    public long spent() {
        return spent;
    }

    public String implementationNote() {
        return implementationNote;
    }

    public Instant implementationUpdatedAt() {
        return implementationUpdatedAt;
    }

    /** The project this one was merged into, else null. */
    public Long mergedInto() {
        return mergedInto;
    }
}
