package ua.hromada.appeals.api;

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
import java.net.URI;
import ua.hromada.appeals.OwnAppeals;
import ua.hromada.core.Page;
import ua.hromada.core.api.Ids;
import ua.hromada.core.api.JsonMapping;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;

/**
 * The caller's own appeals in a community (appeals are never public): the list and one of them
 * with a token of scope READ, filing one with a token of scope SUBMIT, or a browser session (with
 * its CSRF header for filing). Another person's appeal is a 404.
 */
@Path("/communities/{community}/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {
    @Inject
    OwnAppeals own;

    @Inject
    TenantContext tenant;

    @GET
    public PageDto<AppealDto> list(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return PageDto.of(own.page(cursor, Page.limit(limit)), a -> AppealDto.of(a, slug));
    }

    @GET
    @Path("/{id}")
    public AppealDto get(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        return AppealDto.of(own.one(Ids.parse(id)), slug);
    }

    /** Files an appeal for the caller: 201 with the registered appeal (its number and due date) and its address. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@PathParam("community") String slug, String body) {
        tenant.require(slug);
        AppealDto filed = AppealDto.of(own.file(JsonMapping.read(body, FilingDto.class).filing()), slug);
        // relative to the API's base address, as JAX-RS resolves it
        return Response.created(URI.create("communities/" + slug + "/appeals/" + filed.id())).entity(filed).build();
    }
}
