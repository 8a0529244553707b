package ua.hromada.consultations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.core.Page;
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
        return PageDto.of(reading.list(cursor, Page.limit(limit)), c -> ConsultationDto.of(c, slug, clock.instant()));
    }

    @GET
    @Path("/{id}")
    public ConsultationDto get(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        return ConsultationDto.of(reading.view(Ids.parse(id)), slug, clock.instant());
    }

    @GET
    @Path("/{id}/comments")
    public PageDto<CommentDto> comments(@PathParam("community") String slug, @PathParam("id") String id,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        tenant.require(slug);
        return PageDto.of(reading.threads(Ids.parse(id), cursor, Page.limit(limit)), CommentDto::of);
    }
}
