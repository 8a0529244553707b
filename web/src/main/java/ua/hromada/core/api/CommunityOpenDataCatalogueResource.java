package ua.hromada.core.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ua.hromada.core.Page;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.web.TenantContext;

/**
 * One community's open data: the catalogue of the datasets of the tools it has switched on, and
 * each set of the community as JSON pages and as one CSV file (the tools' {@link OpenDataSets}).
 */
@Path("/communities/{community}/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityOpenDataCatalogueResource {
    @Inject
    TenantContext tenant;

    @Inject
    ToolRegistry registry;

    @Inject
    Instance<OpenDataSets> tools;

    @Inject
    Ledger ledger;

    @Context
    HttpHeaders headers;

    @GET
    public OpenDataCatalogueDto catalogue(@PathParam("community") String slug) {
        Community community = tenant.require(slug);
        return OpenDataResource.catalogue(registry.enabledIn(community),
                OpenDataResource.API + "/communities/" + community.slug() + "/open-data/", ProblemLanguage.of(headers), ledger);
    }

    /** A set of the community, page by page (limit/cursor). */
    @GET
    @Path("/{name: " + OpenDataResource.NAME + "}")
    public PageDto<?> page(@PathParam("community") String slug, @PathParam("name") String name, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return OpenDataResource.set(tools, name).page(cursor, Page.limit(limit));
    }

    /** A set of the community as one CSV file. */
    @GET
    @Path("/{name: " + OpenDataResource.NAME + "}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("community") String slug, @PathParam("name") String name) {
        Community community = tenant.require(slug);
        return OpenDataResource.set(tools, name).csv(community.slug(), community.id());
    }
}
