package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * A plenary session of the council, or a meeting of one of its standing committees: its title,
 * when, where (or remote), and whether its agenda is published; a published agenda is public and
 * no longer changes.
 */
@Entity
@Table(name = "council_session")
@NamedQuery(name = CouncilSession.ALL, query = "select s from CouncilSession s order by s.startsAt desc, s.id desc")
@NamedQuery(name = CouncilSession.PUBLISHED, query = "select s from CouncilSession s where s.publishedAt is not null"
        + " order by s.startsAt desc, s.id desc")
public class CouncilSession {
    public static final String ALL = "CouncilSession.all";
    public static final String PUBLISHED = "CouncilSession.published";
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    /** The committee whose meeting this is; null for a plenary session of the council. */
    @Column(name = "committee_id", updatable = false)
    private Long committeeId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(nullable = false)
    private boolean remote;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CouncilSession() {
    }

    public CouncilSession(String title, Instant startsAt, String place, boolean remote, Instant now) {
        this(null, title, startsAt, place, remote, now);
    }

    /** A meeting of the committee {@code committeeId} (the bean checks it is the community's); null: a plenary session. */
    public CouncilSession(Long committeeId, String title, Instant startsAt, String place, boolean remote, Instant now) {
        this.committeeId = committeeId;
        this.createdAt = now;
        plan(title, startsAt, place, remote);
    }

    /** Title, start, and a place unless it is held remotely; only while the agenda is not published. */
    public final void plan(String newTitle, Instant newStart, String newPlace, boolean newRemote) {
        requireUnpublished();
        String p = Wording.optional(newPlace, PLACE_MAX, "council.session.place.length");
        if (newStart == null) {
            throw new InvalidInputException("council.session.start");
        }
        if (p == null && !newRemote) {
            throw new InvalidInputException("council.session.place");
        }
        this.title = Wording.line(newTitle, TITLE_MIN, TITLE_MAX, "council.session.title.length");
        this.startsAt = newStart;
        this.place = p;
        this.remote = newRemote;
    }

    /** Publishes the agenda (the bean checks it has items); once. */
    public void publish(Instant now) {
        requireUnpublished();
        this.publishedAt = now;
    }

    /** A published agenda is what deputies were sent and the public read: it stays as it is. */
    public void requireUnpublished() {
        if (publishedAt != null) {
            throw new ConflictException("council.session.published", id);
        }
    }

    /**
     * Whether deputies register and vote now: its agenda published, from the start of the
     * session's day (in the community's zone) until a day after it began (a sitting may run late).
     */
    public boolean isSitting(Instant now, ZoneId zone) {
        return publishedAt != null && !now.isBefore(startsAt.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant())
                && now.isBefore(startsAt.plus(Duration.ofDays(1)));
    }

    /** Registration and roll calls are refused outside the sitting. */
    public void requireSitting(Instant now, ZoneId zone) {
        if (!isSitting(now, zone)) {
            throw new ConflictException("council.sitting.not-now", id);
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public Long committeeId() {
        return committeeId;
    }

    /** Whether this is a committee's meeting rather than a plenary session. */
    public boolean isCommitteeMeeting() {
        return committeeId != null;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String place() {
        return place;
    }

    public boolean remote() {
        return remote;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
