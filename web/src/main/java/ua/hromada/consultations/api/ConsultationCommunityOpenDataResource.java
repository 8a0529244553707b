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
import ua.hromada.consultations.ConsultationOpenData;
import ua.hromada.core.Page;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;

/** Open data on one community's consultations (its own root path, beside the other tools' at the same root). */
@Path("/communities/{community}/open-data")
public class ConsultationCommunityOpenDataResource {
    @Inject
    ConsultationOpenData openData;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @GET
    @Path("/consultations")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<ConsultationDto> page(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return ConsultationOpenDataResource.page(openData, clock, cursor, Page.limit(limit));
    }

    @GET
    @Path("/consultations.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("community") String slug) {
        return ConsultationOpenDataResource.csv(openData, clock, "consultations-" + slug + ".csv", tenant.require(slug).id());
    }
}
