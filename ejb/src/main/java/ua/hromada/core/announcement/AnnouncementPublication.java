package ua.hromada.core.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.DeadlineHandler;

/** Publishes a scheduled announcement when its deadline falls due; a second run changes nothing. */
@ApplicationScoped
public class AnnouncementPublication implements DeadlineHandler {
    public static final String KIND = "announcement.publish";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long subjectId, Long communityId, Instant now) {
        Announcement announcement = em.find(Announcement.class, subjectId);
        if (announcement != null && announcement.publishScheduled(now)) {
            audit.record(communityId, "announcement.publish", AnnouncementService.OBJECT, subjectId, announcement.title());
        }
    }
}
