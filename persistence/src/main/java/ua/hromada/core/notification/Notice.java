package ua.hromada.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a person was told, kept in their cabinet (the e-mail copy may be lost or unread). */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.OF_PERSON, query = "select n from Notice n where n.personId = :person order by n.id desc")
public class Notice {
    public static final String OF_PERSON = "Notice.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "community_id", updatable = false)
    private Long communityId;

    @Column(nullable = false, length = OutboxMessage.SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(length = 500, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    public Notice(long personId, Long communityId, String subject, String link, Instant now) {
        this.personId = personId;
        this.communityId = communityId;
        this.subject = subject.length() <= OutboxMessage.SUBJECT_MAX ? subject : subject.substring(0, OutboxMessage.SUBJECT_MAX);
        this.link = link;
        this.createdAt = now;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
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

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
