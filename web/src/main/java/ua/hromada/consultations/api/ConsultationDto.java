package ua.hromada.consultations.api;

import java.time.Instant;
import ua.hromada.consultations.Consultation;

/**
 * A public consultation: its question, category, audience, dates, where it stands now and, once
 * closed, when its final report is due, whether it is overdue, and the report.
 */
public record ConsultationDto(long id, String community, String kind, String title, String description, String category, String audience,
        String signIn, String phase, Instant startsAt, Instant endsAt, Instant publishedAt, Instant closedAt, long comments,
        Instant reportDueAt, boolean reportOverdue, Instant reportPublishedAt, String report, String url) {
    static ConsultationDto of(Consultation c, String slug, long comments, Instant now) {
        return new ConsultationDto(c.id(), slug, c.kind().name(), c.title(), c.description(), c.category().name(), c.audience().name(),
                c.signIn().name(), c.phase(now).name(), c.startsAt(), c.endsAt(), c.publishedAt(), c.closedAt(), comments,
                c.reportDueAt(), c.isReportOverdue(now), c.reportPublishedAt(), c.reportText(), "/" + slug + "/consultations/" + c.id());
    }

    /** The columns of the open-data CSV, and a consultation's cells in that order. */
    static final String[] COLUMNS = {"id", "community", "kind", "title", "category", "audience", "sign_in", "phase", "starts_at", "ends_at",
        "published_at", "closed_at", "comments", "report_due_at", "report_overdue", "report_published_at", "report", "url"};

    Object[] cells() {
        return new Object[] {id, community, kind, title, category, audience, signIn, phase, startsAt, endsAt, publishedAt, closedAt,
            comments, reportDueAt, reportOverdue, reportPublishedAt, report, url};
    }
}
