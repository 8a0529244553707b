package ua.hromada.consultations.api;

import java.time.Instant;
import ua.hromada.consultations.Consultation;

/** A public consultation: its question, category, audience, dates and where it stands now. */
public record ConsultationDto(long id, String title, String description, String category, String audience, String signIn,
        String phase, Instant startsAt, Instant endsAt, Instant publishedAt, Instant closedAt, String url) {
    static ConsultationDto of(Consultation c, String slug, Instant now) {
        return new ConsultationDto(c.id(), c.title(), c.description(), c.category().name(), c.audience().name(), c.signIn().name(),
                c.phase(now).name(), c.startsAt(), c.endsAt(), c.publishedAt(), c.closedAt(), "/" + slug + "/consultations/" + c.id());
    }
}
