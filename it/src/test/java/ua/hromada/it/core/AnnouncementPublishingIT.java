package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.announcement.Announcement;
import ua.hromada.core.announcement.AnnouncementPublication;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.announcement.AnnouncementStatus;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.InContainer;

/** Publishing rules through the real bean: permission, validation, audit, scheduling. */
@ExtendWith(ArquillianExtension.class)
class AnnouncementPublishingIT {
    private static final Actor ADMIN = Actor.system("announcement-publishing-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("announcement-publishing-it", AnnouncementPublishingIT.class);
    }

    private AnnouncementService announcements;
    private long community;

    @BeforeEach
    void community() {
        announcements = InContainer.bean(AnnouncementService.class);
        community = InContainer.newCommunity(ADMIN, "publish", "Громада").id();
    }

    private int publishedCount() {
        return CurrentCommunity.callAs(community, () -> announcements.published(null, 100).items().size());
    }

    @Test
    void anonymousCallerIsRefusedAndNothingIsStored() {
        assertThrows(ForbiddenException.class, () -> CurrentCommunity.callAs(community,
                () -> announcements.publish("Title", "Body", null)));
        assertEquals(0, publishedCount());
    }

    @Test
    void overLongTitleIsRefusedAndNothingIsStoredHalfWay() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Acting.as(ADMIN,
                () -> CurrentCommunity.callAs(community, () -> announcements.publish("x".repeat(201), "Body", null))));
        assertEquals("announcement.title.invalid", refused.messageKey());
        assertEquals(0, publishedCount());
    }

    @Test
    void publishingIsAuditedInTheSameTransaction() {
        Announcement a = Acting.as(ADMIN, () -> CurrentCommunity.callAs(community,
                () -> announcements.publish("Audited", "Body", null)));
        assertEquals(AnnouncementStatus.PUBLISHED, a.status());
        assertTrue(InContainer.auditOf("announcement", a.id()).stream()
                .anyMatch(e -> e.action().equals("announcement.create") && e.actor().equals(ADMIN.name())
                        && e.communityId() == community));
    }

    @Test
    void futureAnnouncementIsScheduledWithADeadlineAndHiddenUntilThen() {
        Instant at = Instant.now().plus(Duration.ofDays(3));
        Announcement a = Acting.as(ADMIN, () -> CurrentCommunity.callAs(community,
                () -> announcements.publish("Later", "Body", at)));
        assertEquals(AnnouncementStatus.SCHEDULED, a.status());
        assertEquals(0, publishedCount());
        assertEquals(at.truncatedTo(ChronoUnit.MICROS), InContainer.bean(Deadlines.class).find(AnnouncementPublication.KIND, a.id()).orElseThrow().dueAt());
    }

    @Test
    void withdrawnAnnouncementLeavesTheCommunityPage() {
        Announcement a = Acting.as(ADMIN, () -> CurrentCommunity.callAs(community,
                () -> announcements.publish("Short-lived", "Body", null)));
        Acting.as(ADMIN, () -> CurrentCommunity.callAs(community, () -> {
            announcements.withdraw(a.id());
            return null;
        }));
        assertEquals(0, publishedCount());
    }
}
