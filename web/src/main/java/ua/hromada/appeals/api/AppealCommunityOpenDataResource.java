package ua.hromada.appeals.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ua.hromada.appeals.AppealOpenData;
import ua.hromada.appeals.AppealsTool;
import ua.hromada.core.Page;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;

/** Open data on one community's appeals (its own root path, beside the other tools' at the same root). */
@Path("/communities/{community}/open-data")
public class AppealCommunityOpenDataResource {
    @Inject
    AppealOpenData openData;

    @Inject
    TenantContext tenant;

    @GET
    @Path("/appeals")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<AppealCountDto> page(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return AppealOpenDataResource.page(openData, cursor, Page.limit(limit));
    }

    @GET
    @Path("/appeals.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("community") String slug) {
        return AppealOpenDataResource.csv(openData, "appeals-" + slug + ".csv", tenant.require(slug).id());
    }

    @GET
    @Path("/" + AppealsTool.DIRECTORY_DATASET)
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<DirectoryEntryDto> directory(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return AppealOpenDataResource.directory(openData, cursor, Page.limit(limit));
    }

    @GET
    @Path("/" + AppealsTool.DIRECTORY_DATASET + ".csv")
    @Produces("text/csv; charset=UTF-8")
    public Response directoryCsv(@PathParam("community") String slug) {
        return AppealOpenDataResource.directoryCsv(openData, AppealsTool.DIRECTORY_DATASET + "-" + slug + ".csv", tenant.require(slug).id());
    }
}
