package ua.hromada.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/**
 * A moderator keeps one person from commenting in the community's consultations for a number of
 * days, with a reason the person is told; its deadline lifts it.
 */
@Entity
@Table(name = "consultation_block")
@NamedQuery(name = CommentingBlock.ACTIVE_OF_PERSON, query = "select b from CommentingBlock b where b.personId = :person"
        + " and b.liftedAt is null and b.until > :now order by b.until desc")
public class CommentingBlock {
    public static final String ACTIVE_OF_PERSON = "CommentingBlock.activeOfPerson";
    public static final int DAYS_MAX = 365;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private Instant until;

    @Column(name = "created_by", nullable = false, length = 200, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected CommentingBlock() {
    }

    /** A block of 1 to {@link #DAYS_MAX} days from now, with its reason. */
    public CommentingBlock(long personId, int days, String reason, String createdBy, Instant now) {
        String r = reason == null ? "" : reason.strip();
        if (days < 1 || days > DAYS_MAX) {
            throw new InvalidInputException("consultation.block.days", DAYS_MAX);
        }
        if (r.length() < REASON_MIN || r.length() > REASON_MAX) {
            throw new InvalidInputException("consultation.block.reason", REASON_MIN, REASON_MAX);
        }
        this.personId = personId;
        this.reason = r;
        this.until = now.plus(Duration.ofDays(days));
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Its deadline: lifted once (repeating it changes nothing). */
    public boolean lift(Instant now) {
        if (liftedAt != null) {
            return false;
        }
        liftedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public Long personId() {
        return personId;
    }

    public String reason() {
        return reason;
    }

    public Instant until() {
        return until;
    }

    public Instant liftedAt() {
        return liftedAt;
    }
}
