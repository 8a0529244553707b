package ua.hromada.core.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

class AnnouncementTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void publishedAtOnceWithoutAFutureTime() {
        Announcement a = new Announcement(" Water outage ", "Tomorrow 9-12", null, NOW);
        assertThat(a.status()).isEqualTo(AnnouncementStatus.PUBLISHED);
        assertThat(a.publishedAt()).isEqualTo(NOW);
        assertThat(a.title()).isEqualTo("Water outage");
    }

    @Test
    void scheduledAnnouncementIsPublishedOnceByItsDeadline() {
        Announcement a = new Announcement("Session", "Council meets", NOW.plusSeconds(3600), NOW);
        assertThat(a.status()).isEqualTo(AnnouncementStatus.SCHEDULED);
        assertThat(a.publishScheduled(NOW.plusSeconds(3601))).isTrue();
        assertThat(a.publishScheduled(NOW.plusSeconds(3700))).isFalse();
        assertThat(a.publishedAt()).isEqualTo(NOW.plusSeconds(3601));
    }

    @Test
    void overLongOrEmptyTextIsRefused() {
        assertThatThrownBy(() -> new Announcement("x".repeat(Announcement.TITLE_MAX + 1), "b", null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Announcement("t", "  ", null, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Announcement("t", "x".repeat(Announcement.BODY_MAX + 1), null, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void withdrawnTwiceIsAConflict() {
        Announcement a = new Announcement("t", "b", null, NOW);
        a.withdraw();
        assertThat(a.status()).isEqualTo(AnnouncementStatus.WITHDRAWN);
        assertThatThrownBy(a::withdraw).isInstanceOf(ConflictException.class);
        assertThat(a.publishScheduled(NOW)).isFalse();
    }
}
