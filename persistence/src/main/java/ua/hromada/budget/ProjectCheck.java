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
import ua.hromada.core.InvalidInputException;

/** One check of a project's review, public with its comment: passed or not, by whom and when; recorded again, it changes. */
@Entity
@Table(name = "budget_project_check")
@NamedQuery(name = ProjectCheck.OF_PROJECT, query = "select c from ProjectCheck c where c.projectId = :project")
public class ProjectCheck {
    public static final String OF_PROJECT = "ProjectCheck.ofProject";
    public static final int COMMENT_MIN = 5;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private CheckKind kind;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false, length = COMMENT_MAX)
    private String comment;

    @Column(name = "checked_by", nullable = false, length = 200)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected ProjectCheck() {
    }

    public ProjectCheck(long projectId, CheckKind kind) {
        if (kind == null) {
            throw new InvalidInputException("budget.check.kind.required");
        }
        this.projectId = projectId;
        this.kind = kind;
    }

    /** The check's outcome and comment, as one moderator recorded it now. */
    public void record(boolean passed, String comment, String by, Instant now) {
        String c = comment == null ? "" : comment.strip();
        if (c.length() < COMMENT_MIN || c.length() > COMMENT_MAX) {
            throw new InvalidInputException("budget.check.comment.length", COMMENT_MIN, COMMENT_MAX);
        }
        this.passed = passed;
        this.comment = c;
        this.checkedBy = by;
        this.checkedAt = now;
    }

    public CheckKind kind() {
        return kind;
    }

    public boolean passed() {
        return passed;
    }

    public String comment() {
        return comment;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
