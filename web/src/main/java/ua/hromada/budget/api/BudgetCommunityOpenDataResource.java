package ua.hromada.budget.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ua.hromada.budget.BudgetOpenData;
import ua.hromada.core.Page;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;

/** Open data on one community's participatory-budget projects (its own root path, beside the other tools' at the same root). */
@Path("/communities/{community}/open-data")
public class BudgetCommunityOpenDataResource {
    @Inject
    BudgetOpenData openData;

    @Inject
    TenantContext tenant;

    @GET
    @Path("/budget")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<ProjectDataDto> page(@PathParam("community") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        tenant.require(slug);
        return BudgetOpenDataResource.page(openData, cursor, Page.limit(limit));
    }

    @GET
    @Path("/budget.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("community") String slug) {
        return BudgetOpenDataResource.csv(openData, "budget-projects-" + slug + ".csv", tenant.require(slug).id());
    }
}
