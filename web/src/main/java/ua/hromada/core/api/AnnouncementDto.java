package ua.hromada.core.api;

import java.time.Instant;
import ua.hromada.core.announcement.Announcement;

/** A published announcement as the API shows it. */
public record AnnouncementDto(long id, String title, String body, Instant publishedAt) {
    static AnnouncementDto of(Announcement a) {
        return new AnnouncementDto(a.id(), a.title(), a.body(), a.publishedAt());
    }
}
