package ua.hromada.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/** One step of a winning project's implementation, public: what, by when, and when it was done. */
@Entity
@Table(name = "budget_milestone")
@NamedQuery(name = Milestone.OF_PROJECT, query = "select m from Milestone m where m.projectId = :project order by m.dueOn, m.id")
public class Milestone {
    public static final String OF_PROJECT = "Milestone.ofProject";
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 300;
    public static final int PER_PROJECT = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Milestone() {
    }

    public Milestone(long projectId, String title, LocalDate dueOn, Instant now) {
        String t = title == null ? "" : title.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new InvalidInputException("budget.milestone.title.length", TITLE_MIN, TITLE_MAX);
        }
        if (dueOn == null) {
            throw new InvalidInputException("budget.milestone.due.required");
        }
        this.projectId = projectId;
        this.title = t;
        this.dueOn = dueOn;
        this.createdAt = now;
    }

    /** The step is done on {@code day} (not in the future); once. */
    public void done(LocalDate day, LocalDate today) {
        if (doneOn != null) {
            throw new ConflictException("budget.milestone.done-already");
        }
        if (day == null || day.isAfter(today)) {
            throw new InvalidInputException("budget.milestone.done.future");
        }
        doneOn = day;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate doneOn() {
        return doneOn;
    }
}
