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
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/**
 * One of a contest's categories (city-wide, a district, a theme): its own budget, the least and
 * most a project in it may cost (kopecks), and how many of its projects a voter may pick — or,
 * with none said, any set whose cost fits its budget.
 */
@Entity
@Table(name = "budget_category")
@NamedQuery(name = ContestCategory.OF_CONTEST, query = "select c from ContestCategory c where c.contestId = :contest"
        + " order by c.position, c.id")
public class ContestCategory {
    public static final String OF_CONTEST = "ContestCategory.ofContest";
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 200;
    public static final int PICKS_MAX = 50;
    public static final int PER_CONTEST = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CategoryScope scope;

    @Column(nullable = false)
    private long budget;

    @Column(name = "min_cost", nullable = false)
    private long minCost;

    @Column(name = "max_cost", nullable = false)
    private long maxCost;

    /** Null: any set of projects whose cost fits the budget. */
    @Column
    private Integer picks;

    protected ContestCategory() {
    }

    public ContestCategory(long contestId, int position, String name, CategoryScope scope, long budget, long minCost, long maxCost,
            Integer picks) {
        String n = name == null ? "" : name.strip();
        if (n.length() < NAME_MIN || n.length() > NAME_MAX) {
            throw new InvalidInputException("budget.category.name.length", NAME_MIN, NAME_MAX);
        }
        if (scope == null) {
            throw new InvalidInputException("budget.category.scope.required");
        }
        if (budget <= 0) {
            throw new InvalidInputException("budget.category.budget.invalid");
        }
        if (minCost <= 0 || minCost > maxCost) {
            throw new InvalidInputException("budget.category.costs.order");
        }
        if (maxCost > budget) {
            throw new InvalidInputException("budget.category.max-over-budget");
        }
        if (picks != null && (picks < 1 || picks > PICKS_MAX)) {
            throw new InvalidInputException("budget.category.picks.invalid", 1, PICKS_MAX);
        }
        this.contestId = contestId;
        this.position = position;
        this.name = n;
        this.scope = scope;
        this.budget = budget;
        this.minCost = minCost;
        this.maxCost = maxCost;
        this.picks = picks;
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

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public CategoryScope scope() {
        return scope;
    }

    public long budget() {
        return budget;
    }

    public long minCost() {
        return minCost;
    }

    public long maxCost() {
        return maxCost;
    }

    /** How many projects a voter may pick here; null when any set that fits the budget may be picked. */
    public Integer picks() {
        return picks;
    }
}
