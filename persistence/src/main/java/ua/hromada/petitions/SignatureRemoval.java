package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A moderator's removal of the signatures of one petition that a rule picks (anti-fraud): the rule,
 * the public reason, and how far the background job has come. Removed signatures stay in their
 * table, marked with this removal, and stop counting in the batch that marks them.
 */
@Entity
@Table(name = "signature_removal")
@NamedQuery(name = SignatureRemoval.OF_PETITION, query = "select r from SignatureRemoval r where r.petitionId = :petition"
        + " order by r.id")
@NamedQuery(name = SignatureRemoval.RUNNING, query = "select r.id from SignatureRemoval r where r.status = 'RUNNING' order by r.id")
public class SignatureRemoval {
    public static final String OF_PETITION = "SignatureRemoval.ofPetition";
    public static final String RUNNING = "SignatureRemoval.running";
    public static final int REASON_MAX = 500;

    public enum Status { RUNNING, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Embedded
    private SignatureRule rule;

    @Column(nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** How many signatures the rule picked when the removal started. */
    @Column(nullable = false, updatable = false)
    private int matched;

    @Column(nullable = false)
    private int removed;

    @Column(name = "last_signature_id", nullable = false)
    private long lastSignatureId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 200, updatable = false)
    private String startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected SignatureRemoval() {
    }

    public SignatureRemoval(Petition petition, SignatureRule rule, String reason, int matched, String startedBy, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX || why.contains("<")) {
            throw new InvalidInputException("petition.removal.reason.invalid", REASON_MAX);
        }
        if (matched == 0) {
            throw new ConflictException("petition.removal.none");
        }
        this.petitionId = petition.id();
        this.rule = rule;
        this.reason = why;
        this.matched = matched;
        this.status = Status.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** One batch is marked: {@code count} signatures up to {@code lastId}; the last batch ends the job. */
    public void marked(int count, long lastId, boolean last, Instant now) {
        if (status != Status.RUNNING) {
            throw new ConflictException("petition.removal.not-running", id);
        }
        removed += count;
        lastSignatureId = Math.max(lastSignatureId, lastId);
        if (last) {
            status = Status.DONE;
            finishedAt = now;
        }
    }

    /** Stops the job; what it removed so far stays removed (and public). */
    public void cancel(Instant now) {
        if (status != Status.RUNNING) {
            throw new ConflictException("petition.removal.not-running", id);
        }
        status = Status.CANCELLED;
        finishedAt = now;
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    /** What the petition's page and open data show: a removal that runs or took something out. */
    public boolean isPublic() {
        return isRunning() || removed > 0;
    }

    public Long id() {
        return id;
    }

    public Long petitionId() {
        return petitionId;
    }

    public Long communityId() {
        return communityId;
    }

    public SignatureRule rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public int matched() {
        return matched;
    }

    public int removed() {
        return removed;
    }

    public long lastSignatureId() {
        return lastSignatureId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
