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

/** One community's statistics: the figures of the tools it has switched on. */
@Path("/communities/{community}/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityStatisticsResource {
    @Inject
    TenantContext tenant;

    @Inject
    ToolRegistry registry;

    @Context
    HttpHeaders headers;

    @GET
    public StatisticsDto community(@PathParam("community") String slug) {
        Community community = tenant.require(slug);
        return StatisticsDto.of(community.slug(), community.id(), registry.enabledIn(community), ProblemLanguage.of(headers));
    }
}
