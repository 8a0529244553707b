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
import java.util.regex.Pattern;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * What one person wrote in a consultation: an answer to its question, or a reply to an answer
 * (one level deep: a reply is not replied to). Plain text only; the support count is raised by
 * the support's own transaction, next to its row. A moderator may hide it with a public reason.
 */
@Entity
@Table(name = "consultation_comment")
@NamedQuery(name = ConsultationComment.THREADS, query = "select c from ConsultationComment c where c.consultationId = :consultation"
        + " and c.parentId is null and c.sectionKey is null and c.id > :after order by c.id")
@NamedQuery(name = ConsultationComment.OF_SECTIONS, query = "select c from ConsultationComment c where c.consultationId = :consultation"
        + " and c.sectionKey is not null and c.parentId is null order by c.id")
@NamedQuery(name = ConsultationComment.REPLIES, query = "select c from ConsultationComment c where c.parentId in :parents order by c.id")
@NamedQuery(name = ConsultationComment.COUNT, query = "select count(c) from ConsultationComment c where c.consultationId = :consultation")
public class ConsultationComment {
    public static final String THREADS = "ConsultationComment.threads";
    public static final String REPLIES = "ConsultationComment.replies";
    public static final String OF_SECTIONS = "ConsultationComment.ofSections";
    public static final String COUNT = "ConsultationComment.count";
    public static final int TEXT_MIN = 2;
    public static final int TEXT_MAX = 3_000;
    /** A tag's opening: a comment is plain text, and markup in it is refused rather than shown escaped. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?][^>]*>");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "section_key", updatable = false)
    private Integer sectionKey;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "support_count", nullable = false, insertable = false, updatable = false)
    private int supportCount;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_reason", length = 32)
    private ComplaintReason hiddenReason;

    @Column(name = "hidden_by", length = 200)
    private String hiddenBy;

    protected ConsultationComment() {
    }

    /**
     * An answer to the question ({@code parent} null) or a reply to an answer; in a discussion,
     * on one section of the act ({@code sectionKey}; null: the act as a whole), a reply on its answer's.
     */
    public ConsultationComment(long consultationId, Integer sectionKey, ConsultationComment parent, long authorId, String authorName,
            String text, Instant now) {
        if (parent != null && (parent.parentId != null || parent.consultationId != consultationId)) {
            throw new InvalidInputException("consultation.comment.reply-depth");
        }
        this.consultationId = consultationId;
        this.sectionKey = parent == null ? sectionKey : parent.sectionKey;
        this.parentId = parent == null ? null : parent.id;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = checked(text);
        this.createdAt = now;
    }

    /** The text as it is kept: stripped, within bounds, no markup. */
    static String checked(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() < TEXT_MIN || t.length() > TEXT_MAX) {
            throw new InvalidInputException("consultation.comment.length", TEXT_MIN, TEXT_MAX, t.length());
        }
        if (MARKUP.matcher(t).find()) {
            throw new InvalidInputException("consultation.comment.markup");
        }
        return t;
    }

    /** A moderator hides it: the public sees the reason instead of the text. */
    public void hide(ComplaintReason reason, String by, Instant now) {
        if (reason == null) {
            throw new InvalidInputException("consultation.complaint.reason-required");
        }
        if (hiddenAt != null) {
            throw new ConflictException("consultation.comment.hidden-already");
        }
        hiddenAt = now;
        hiddenReason = reason;
        hiddenBy = by;
    }

    /** A moderator shows a hidden comment again. */
    public void restore() {
        if (hiddenAt == null) {
            throw new ConflictException("consultation.comment.not-hidden");
        }
        hiddenAt = null;
        hiddenReason = null;
        hiddenBy = null;
    }

    /** The section of a discussion's act it is on; null for the act as a whole and in other kinds. */
    public Integer sectionKey() {
        return sectionKey;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public ComplaintReason hiddenReason() {
        return hiddenReason;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public boolean isReply() {
        return parentId != null;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public Long consultationId() {
        return consultationId;
    }

    public Long parentId() {
        return parentId;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int supportCount() {
        return supportCount;
    }
}
