package ua.hromada.consultations;

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

/**
 * One person's complaint about one comment (the unique key allows one), waiting in the
 * moderators' queue until a moderator hides the comment or dismisses the complaints.
 */
@Entity
@Table(name = "consultation_complaint")
@NamedQuery(name = CommentComplaint.OF_COMMENT, query = "select c from CommentComplaint c where c.commentId = :comment order by c.id")
@NamedQuery(name = CommentComplaint.OPEN_COUNT, query = "select count(c) from CommentComplaint c where c.resolvedAt is null")
public class CommentComplaint {
    public static final String OF_COMMENT = "CommentComplaint.ofComment";
    public static final String OPEN_COUNT = "CommentComplaint.openCount";
    public static final int NOTE_MAX = 500;

    /** How a complaint was settled. */
    public enum Resolution {
        HIDDEN, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private Long commentId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private ComplaintReason reason;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution resolution;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    protected CommentComplaint() {
    }

    public CommentComplaint(long commentId, long personId, ComplaintReason reason, String note, Instant now) {
        if (reason == null) {
            throw new InvalidInputException("consultation.complaint.reason-required");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_MAX) {
            throw new InvalidInputException("consultation.complaint.note-length", NOTE_MAX);
        }
        this.commentId = commentId;
        this.personId = personId;
        this.reason = reason;
        this.note = n;
        this.createdAt = now;
    }

    /** Settles an open complaint; a settled one keeps its first resolution. */
    public void resolve(Resolution resolution, String by, Instant now) {
        if (resolvedAt == null) {
            this.resolution = resolution;
            this.resolvedBy = by;
            this.resolvedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long commentId() {
        return commentId;
    }

    public Long personId() {
        return personId;
    }

    public ComplaintReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Resolution resolution() {
        return resolution;
    }
}
