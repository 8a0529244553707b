package ua.hromada.consultations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.PollAnswering;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.api.CsvDownload;
import ua.hromada.core.api.Ids;
import ua.hromada.core.api.JsonMapping;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;

/** A community's public consultations: the list, one consultation, its answers with their replies. */
@Path("/communities/{community}/consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {
    @Inject
    ConsultationReading reading;

    @Inject
    PollAnswering answering;

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

    /** A public discussion's draft act as it stands, with its versions and what the last one changed. */
    @GET
    @Path("/{id}/act")
    public ActDto act(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        return ActDto.of(reading.act(Ids.parse(id)));
    }

    /** A public poll's questions and, while they are shown, its results. */
    @GET
    @Path("/{id}/poll")
    public PollDto poll(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        return pollOf(Ids.parse(id));
    }

    /** A public poll's results as CSV, one line per option (404 while they are not shown). */
    @GET
    @Path("/{id}/results.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response resultsCsv(@PathParam("community") String slug, @PathParam("id") String id) {
        long community = tenant.require(slug).id();
        PollDto poll = pollOf(Ids.parse(id));
        if (!poll.resultsVisible()) {
            throw new NotFoundException("poll.results.not-yet", poll.consultation());
        }
        return CsvDownload.of("poll-" + poll.consultation() + "-results.csv", community, PollDto.COLUMNS,
                cursor -> new Page<>(List.of(poll), null), PollDto::rows);
    }

    /**
     * Answers a poll for the caller, replacing their earlier response: a terminal or chat bot with
     * its person's token (scope SIGN), or a browser session with its CSRF header. 200 with the moment.
     */
    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> respond(@PathParam("community") String slug, @PathParam("id") String id, String body) {
        tenant.require(slug);
        long poll = Ids.parse(id);
        return Map.of("answeredAt", answering.respond(poll, JsonMapping.read(body, PollResponseDto.class).given()).toString());
    }

    private PollDto pollOf(long id) {
        Consultation consultation = reading.view(id);
        if (!consultation.isPoll()) {
            throw new NotFoundException("consultation.not-found", id);
        }
        return PollDto.of(id, consultation.resultsShown().name(), reading.questions(id), reading.tally(id).orElse(null));
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
