package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.web.TenantContext;

/**
 * One community's open-data catalogue: the datasets of the tools it has switched on. Its root path
 * is the one the tools' dataset resources share, so JAX-RS matches both under it.
 */
@Path("/communities/{community}/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityOpenDataCatalogueResource {
    @Inject
    TenantContext tenant;

    @Inject
    ToolRegistry registry;

    @Context
    HttpHeaders headers;

    @GET
    public OpenDataCatalogueDto catalogue(@PathParam("community") String slug) {
        Community community = tenant.require(slug);
        return OpenDataResource.catalogue(registry.enabledIn(community),
                OpenDataResource.API + "/communities/" + community.slug() + "/open-data/", ProblemLanguage.of(headers));
    }
}
