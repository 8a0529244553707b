package ua.hromada.core.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Something that must happen to a subject (an announcement, a tool's record) at {@code dueAt}. One row
 * per (kind, subject); {@code doneAt} marks it handled, so handling twice is impossible.
 */
@Entity
@Table(name = "deadline")
@NamedQuery(name = Deadline.DUE, query = "select d.id, d.communityId from Deadline d"
        + " where d.doneAt is null and d.dueAt <= :now order by d.dueAt, d.id")
@NamedQuery(name = Deadline.BY_SUBJECT, query = "select d from Deadline d where d.kind = :kind and d.subjectId = :subjectId")
@NamedNativeQuery(name = Deadline.CLAIM, query = "select id from deadline where id = ?1 and done_at is null"
        + " for update skip locked")
public class Deadline {
    /** Locks one due row for this transaction; another node's sweep skips it instead of waiting. */
    public static final String CLAIM = "Deadline.claim";
    public static final String DUE = "Deadline.due";
    public static final String BY_SUBJECT = "Deadline.bySubject";
    public static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "community_id")
    private Long communityId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    /** How many times a handler ran for this row (1 when all went well). */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected Deadline() {
    }

    public Deadline(String kind, long subjectId, Long communityId, Instant dueAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.communityId = communityId;
        this.dueAt = dueAt;
    }

    public void handled(Instant now) {
        attempts++;
        doneAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt and retries later, backing off (1, 4, 9 ... minutes, at most a day)
     * so a row that keeps failing does not crowd the rows behind it out of every sweep.
     */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
        dueAt = now.plus(Duration.ofMinutes(Math.min((long) attempts * attempts, 24 * 60)));
    }

    /** A recurring deadline ran and its handler set the next time (see {@link #reschedule}): it stays open. */
    public void recurred() {
        attempts++;
        lastError = null;
    }

    public void reschedule(Instant dueAt) {
        this.dueAt = dueAt;
        this.doneAt = null;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public Long communityId() {
        return communityId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
