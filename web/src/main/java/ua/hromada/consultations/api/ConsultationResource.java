package ua.hromada.consultations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.core.Page;
import ua.hromada.core.api.CsvDownload;
import ua.hromada.core.api.Ids;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;

/** A community's public consultations: the list, one consultation, its answers with their replies. */
@Path("/communities/{community}/consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {
    @Inject
    ConsultationReading reading;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @GET
    public PageDto<ConsultationDto> list(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        Page<Consultation> page = reading.list(cursor, Page.limit(limit));
        Map<Long, Long> comments = reading.commentCounts(page.items().stream().map(Consultation::id).toList());
        Instant now = clock.instant();
        return PageDto.of(page, c -> ConsultationDto.of(c, slug, comments.getOrDefault(c.id(), 0L), now));
    }

    @GET
    @Path("/{id}")
    public ConsultationDto get(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        Consultation consultation = reading.view(Ids.parse(id));
        return ConsultationDto.of(consultation, slug, reading.commentCount(consultation.id()), clock.instant());
    }

    /** Every answer and reply of a public consultation as one CSV file (the results of its discussion). */
    @GET
    @Path("/{id}/comments.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response commentsCsv(@PathParam("community") String slug, @PathParam("id") String id) {
        long community = tenant.require(slug).id();
        long consultation = reading.view(Ids.parse(id)).id();
        return CsvDownload.of("consultation-" + consultation + "-comments.csv", community, CommentDto.COLUMNS,
                cursor -> reading.threads(consultation, cursor, Page.MAX_LIMIT), CommentDto::rows);
    }

    @GET
    @Path("/{id}/comments")
    public PageDto<CommentDto> comments(@PathParam("community") String slug, @PathParam("id") String id,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        tenant.require(slug);
        return PageDto.of(reading.threads(Ids.parse(id), cursor, Page.limit(limit)), CommentDto::of);
    }
}
