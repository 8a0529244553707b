package ua.hromada.consultations.api;

import java.time.Instant;
import ua.hromada.consultations.Consultation;

/**
 * A public consultation: its question, category, audience, dates, where it stands now and, once
 * closed, when its final report is due, whether it is overdue, and the report.
 */
public record ConsultationDto(long id, String title, String description, String category, String audience, String signIn,
        String phase, Instant startsAt, Instant endsAt, Instant publishedAt, Instant closedAt, Instant reportDueAt,
        boolean reportOverdue, Instant reportPublishedAt, String report, String url) {
    static ConsultationDto of(Consultation c, String slug, Instant now) {
        return new ConsultationDto(c.id(), c.title(), c.description(), c.category().name(), c.audience().name(), c.signIn().name(),
                c.phase(now).name(), c.startsAt(), c.endsAt(), c.publishedAt(), c.closedAt(), c.reportDueAt(), c.isReportOverdue(now),
                c.reportPublishedAt(), c.reportText(), "/" + slug + "/consultations/" + c.id());
    }
}
