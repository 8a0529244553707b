package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/**
 * A conversation of two participants in a council: a resident and the deputy they wrote to
 * ({@link #deputyId} set: the deputy answers as an official and may block the resident), or two
 * colleagues (deputies, the secretariat; no deputy set). Its members are rows of
 * {@code council_thread_member}; nobody else reads it.
 */
@Entity
@Table(name = "council_thread")
public class MessageThread {
    public static final int SUBJECT_MIN = 3;
    public static final int SUBJECT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "deputy_id", updatable = false)
    private Long deputyId;

    @Column(name = "started_by", nullable = false, updatable = false)
    private long startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    protected MessageThread() {
    }

    /** {@code deputyId}: the deputy a resident writes to, or null between colleagues. */
    public MessageThread(String subject, Long deputyId, long startedBy, Instant now) {
        this.subject = Wording.line(subject, SUBJECT_MIN, SUBJECT_MAX, "council.messages.subject.length");
        if (deputyId != null && deputyId == startedBy) {
            throw new InvalidInputException("council.messages.to-self");
        }
        this.deputyId = deputyId;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.lastMessageAt = now;
    }

    /** A message was written now: the lists show the thread by its latest. */
    public void wrote(Instant now) {
        this.lastMessageAt = now;
    }

    /** Whether a resident started it, writing to {@link #deputyId}. */
    public boolean withResident() {
        return deputyId != null;
    }

    /** Whether {@code personId} takes part as an official: the deputy written to, or either colleague. */
    public boolean officialSide(long personId) {
        return deputyId == null || deputyId == personId;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String subject() {
        return subject;
    }

    public Long deputyId() {
        return deputyId;
    }

    public long startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
