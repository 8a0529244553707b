package ua.hromada.core.announcement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ua.hromada.core.Cursor;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Announcements of the current community (the tenant set from the URL); Hibernate's tenant filter
 * makes every other community's announcements invisible here.
 */
@Stateless
public class AnnouncementService {
    static final String OBJECT = "announcement";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    /** Local moderators: publishes now, or at {@code publishAt} through the deadline sweeper. */
    public Announcement publish(String title, String body, Instant publishAt) {
        long community = currentCommunity();
        permissions.require(Action.ANNOUNCEMENT_PUBLISH, community);
        Announcement announcement = new Announcement(title, body, publishAt, clock.instant());
        em.persist(announcement);
        em.flush();
        if (announcement.status() == AnnouncementStatus.SCHEDULED) {
            deadlines.schedule(AnnouncementPublication.KIND, announcement.id(), community, announcement.publishedAt());
        }
        audit.record(community, "announcement.create", OBJECT, announcement.id(),
                announcement.status() + " at " + announcement.publishedAt() + ": " + announcement.title());
        return announcement;
    }

    /** Local moderators: takes an announcement off the community page. */
    public void withdraw(long id) {
        long community = currentCommunity();
        permissions.require(Action.ANNOUNCEMENT_WITHDRAW, community);
        Announcement announcement = find(id);
        announcement.withdraw();
        audit.record(community, "announcement.withdraw", OBJECT, id, announcement.title());
    }

    /** Anyone: a published announcement of the current community. */
    public Announcement published(long id) {
        Announcement announcement = find(id);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new NotFoundException("announcement.not-found", id);
        }
        return announcement;
    }

    /** Anyone: published announcements of the current community, newest first. */
    public Page<Announcement> published(String cursor, int limit) {
        currentCommunity();
        Instant beforeAt = END_OF_TIME;
        long beforeId = Long.MAX_VALUE;
        if (cursor != null && !cursor.isBlank()) {
            long[] keys = Cursor.decode(cursor, 2);
            beforeAt = Instant.EPOCH.plusNanos(keys[0] * 1000);
            beforeId = keys[1];
        }
        List<Announcement> rows = em.createNamedQuery(Announcement.PUBLISHED_PAGE, Announcement.class)
                .setParameter("beforeAt", beforeAt).setParameter("beforeId", beforeId)
                .setMaxResults(limit + 1).getResultList();
        return Page.of(rows, limit, last -> Cursor.encode(ChronoUnit.MICROS.between(Instant.EPOCH, last.publishedAt()), last.id()));
    }

    /** Local moderators (the community console): every announcement, scheduled and withdrawn too, newest first. */
    public Page<Announcement> all(String cursor, int limit) {
        long community = currentCommunity();
        permissions.require(Action.CONSOLE_VIEW, community);
        long beforeId = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor, 1)[0];
        List<Announcement> rows = em.createNamedQuery(Announcement.ALL_PAGE, Announcement.class)
                .setParameter("beforeId", beforeId).setMaxResults(limit + 1).getResultList();
        return Page.of(rows, limit, last -> Cursor.encode(last.id()));
    }

    private Announcement find(long id) {
        return em.createQuery("select a from Announcement a where a.id = :id", Announcement.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("announcement.not-found", id));
    }

    private static long currentCommunity() {
        long community = CurrentCommunity.id();
        if (community <= 0) {
            throw new IllegalStateException("no community in this request: the tenant filter did not run");
        }
        return community;
    }
}
