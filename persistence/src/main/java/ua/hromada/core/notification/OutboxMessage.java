package ua.hromada.core.notification;

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

/** One e-mail waiting to be delivered (or delivered: {@code sentAt} set). */
@Entity
@Table(name = "outbox")
@NamedQuery(name = OutboxMessage.DUE, query = "select m.id from OutboxMessage m where m.sentAt is null"
        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedNativeQuery(name = OutboxMessage.CLAIM, query = "select id from outbox where id = ?1 and sent_at is null"
        + " for update skip locked")
public class OutboxMessage {
    public static final String DUE = "OutboxMessage.due";
    /** Locks one undelivered message; a parallel delivery run skips it instead of sending it twice. */
    public static final String CLAIM = "OutboxMessage.claim";
    public static final int SUBJECT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "community_id", updatable = false)
    private Long communityId;

    @Column(nullable = false, length = 200, updatable = false)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessage() {
    }

    public OutboxMessage(Long communityId, String recipient, String subject, String body, Instant now) {
        this.communityId = communityId;
        this.recipient = recipient;
        this.subject = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX);
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: try again later, backing off up to an hour between attempts. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = now.plus(Duration.ofSeconds(Math.min(15L * attempts * attempts, 3600)));
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }
}
