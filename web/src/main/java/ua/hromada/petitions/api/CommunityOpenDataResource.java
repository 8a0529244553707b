package ua.hromada.petitions.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ua.hromada.core.Page;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.PetitionOpenData;

/**
 * Open data on one community's petitions (its own root path: JAX-RS matches the longest literal
 * root first, so these cannot live under the platform-wide resource).
 */
@Path("/communities/{community}/open-data")
public class CommunityOpenDataResource {
    @Inject
    PetitionOpenData openData;

    @Inject
    TenantContext tenant;

    @GET
    @Path("/petitions")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<PetitionDto> page(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return PageDto.of(openData.page(cursor, Page.limit(limit)), PetitionOpenDataResource::dto);
    }

    @GET
    @Path("/petitions.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("community") String slug) {
        return PetitionOpenDataResource.csv(openData, "petitions-" + slug + ".csv", tenant.require(slug).id());
    }
}
