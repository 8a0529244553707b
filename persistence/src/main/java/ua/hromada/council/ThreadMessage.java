package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/** One message of a {@link MessageThread}: its author, its text (1–{@value #TEXT_MAX} characters), when; never edited. */
@Entity
@Table(name = "council_message")
@NamedQuery(name = ThreadMessage.OF_THREAD, query = "select m from ThreadMessage m where m.threadId = :thread order by m.id")
public class ThreadMessage {
    public static final String OF_THREAD = "ThreadMessage.ofThread";
    public static final int TEXT_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ThreadMessage() {
    }

    public ThreadMessage(long threadId, long authorId, String text, Instant now) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > TEXT_MAX) {
            throw new InvalidInputException("council.messages.text.length", TEXT_MAX);
        }
        this.threadId = threadId;
        this.authorId = authorId;
        this.text = t;
        this.writtenAt = now;
    }

    public Long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public long authorId() {
        return authorId;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
