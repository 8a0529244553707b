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
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * A topic a resident proposes for a consultation: it waits for the moderators, who accept it into
 * a new draft consultation or reject it with a reason.
 */
@Entity
@Table(name = "consultation_proposal")
@NamedQuery(name = TopicProposal.OF_AUTHOR, query = "select p from TopicProposal p where p.authorId = :author order by p.id desc")
public class TopicProposal {
    public static final String OF_AUTHOR = "TopicProposal.ofAuthor";
    public static final int TEXT_MIN = 20;
    public static final int TEXT_MAX = 5_000;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 1_000;

    /** Where a proposal stands. */
    public enum Status {
        PROPOSED, ACCEPTED, REJECTED;

        public String labelKey() {
            return "consultations.proposal-status." + name().toLowerCase();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, length = Consultation.TITLE_MAX, updatable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "consultation_id")
    private Long consultationId;

    protected TopicProposal() {
    }

    /** A proposal: a title like a consultation's and a plain text explaining it. */
    public TopicProposal(long authorId, String authorName, String title, String text, Instant now) {
        String t = title == null ? "" : title.strip();
        String x = text == null ? "" : text.strip();
        if (t.length() < Consultation.TITLE_MIN || t.length() > Consultation.TITLE_MAX) {
            throw new InvalidInputException("consultation.proposal.title", Consultation.TITLE_MIN, Consultation.TITLE_MAX);
        }
        if (x.length() < TEXT_MIN || x.length() > TEXT_MAX) {
            throw new InvalidInputException("consultation.proposal.text", TEXT_MIN, TEXT_MAX, x.length());
        }
        this.authorId = authorId;
        this.authorName = authorName;
        this.title = t;
        this.text = x;
        this.status = Status.PROPOSED;
        this.createdAt = now;
    }

    /** A moderator takes it into the draft consultation {@code consultationId}. */
    public void accept(long consultationId, String by, Instant now) {
        decide(Status.ACCEPTED, by, null, now);
        this.consultationId = consultationId;
    }

    /** A moderator turns it down with a reason the proposer is told. */
    public void reject(String reason, String by, Instant now) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < REASON_MIN || r.length() > REASON_MAX) {
            throw new InvalidInputException("consultation.proposal.reason", REASON_MIN, REASON_MAX);
        }
        decide(Status.REJECTED, by, r, now);
    }

    private void decide(Status decision, String by, String why, Instant now) {
        if (status != Status.PROPOSED) {
            throw new ConflictException("consultation.proposal.decided", id);
        }
        status = decision;
        decidedBy = by;
        reason = why;
        decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public Long consultationId() {
        return consultationId;
    }
}
