package ua.hromada.budget.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ua.hromada.budget.BudgetOpenData;
import ua.hromada.core.Page;
import ua.hromada.core.api.CsvDownload;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data on participatory-budget projects of all communities: JSON pages (limit/cursor) and the
 * whole set as one CSV file. Anyone may read it; nothing beyond what the project pages publish.
 */
@Path("/open-data")
public class BudgetOpenDataResource {
    @Inject
    BudgetOpenData openData;

    @GET
    @Path("/budget")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<ProjectDataDto> platform(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return page(openData, cursor, Page.limit(limit));
    }

    @GET
    @Path("/budget.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response platformCsv() {
        return csv(openData, "budget-projects.csv", CurrentCommunity.NONE);
    }

    static PageDto<ProjectDataDto> page(BudgetOpenData openData, String cursor, int limit) {
        return PageDto.of(openData.page(cursor, limit), ProjectDataDto::of);
    }

    static Response csv(BudgetOpenData openData, String file, long community) {
        return CsvDownload.of(file, community, ProjectDataDto.COLUMNS, cursor -> openData.page(cursor, Page.MAX_LIMIT),
                r -> List.<Object[]>of(ProjectDataDto.of(r).cells()));
    }
}
