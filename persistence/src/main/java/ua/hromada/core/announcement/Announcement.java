package ua.hromada.core.announcement;

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
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/** A notice a community's moderators publish to its residents. */
@Entity
@Table(name = "announcement")
@NamedQuery(name = Announcement.PUBLISHED_PAGE, query = "select a from Announcement a"
        + " where a.status = ua.hromada.core.announcement.AnnouncementStatus.PUBLISHED"
        + " and (a.publishedAt < :beforeAt or (a.publishedAt = :beforeAt and a.id < :beforeId))"
        + " order by a.publishedAt desc, a.id desc")
@NamedQuery(name = Announcement.ALL_PAGE, query = "select a from Announcement a where a.id < :beforeId order by a.id desc")
public class Announcement {
    public static final String PUBLISHED_PAGE = "Announcement.publishedPage";
    public static final String ALL_PAGE = "Announcement.allPage";
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnnouncementStatus status;

    /** When it became (or becomes, if scheduled) visible to residents. */
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Announcement() {
    }

    /** Published at once when {@code publishAt} is not in the future, scheduled otherwise. */
    public Announcement(String title, String body, Instant publishAt, Instant now) {
        this.title = require(title, TITLE_MAX, "announcement.title.invalid");
        this.body = require(body, BODY_MAX, "announcement.body.invalid");
        this.createdAt = now;
        // the database keeps microseconds; keep the same here so what is read back equals what was set
        this.publishedAt = publishAt == null || !publishAt.isAfter(now) ? now : publishAt.truncatedTo(ChronoUnit.MICROS);
        this.status = publishedAt.isAfter(now) ? AnnouncementStatus.SCHEDULED : AnnouncementStatus.PUBLISHED;
    }

    private static String require(String text, int max, String key) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new InvalidInputException(key, max);
        }
        return text.strip();
    }

    /**
     * Publishes a scheduled announcement whose time has come. Returns false, changing nothing,
     * when it is already published or withdrawn, so a repeated deadline is harmless.
     */
    public boolean publishScheduled(Instant now) {
        if (status != AnnouncementStatus.SCHEDULED) {
            return false;
        }
        status = AnnouncementStatus.PUBLISHED;
        publishedAt = now;
        return true;
    }

    public void withdraw() {
        if (status == AnnouncementStatus.WITHDRAWN) {
            throw new ConflictException("announcement.already-withdrawn", id);
        }
        status = AnnouncementStatus.WITHDRAWN;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public AnnouncementStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
