package ua.hromada.appeals.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ua.hromada.appeals.AppealOpenData;
import ua.hromada.core.Page;
import ua.hromada.core.api.CsvDownload;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data on appeals of all communities: monthly counts as JSON pages (limit/cursor) and as one
 * CSV file. Anyone may read it; counts only, nothing of who filed or what they wrote.
 */
@Path("/open-data")
public class AppealOpenDataResource {
    @Inject
    AppealOpenData openData;

    @GET
    @Path("/appeals")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<AppealCountDto> platform(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return page(openData, cursor, Page.limit(limit));
    }

    @GET
    @Path("/appeals.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response platformCsv() {
        return csv(openData, "appeals.csv", CurrentCommunity.NONE);
    }

    static PageDto<AppealCountDto> page(AppealOpenData openData, String cursor, int limit) {
        return PageDto.of(openData.page(cursor, limit), AppealCountDto::of);
    }

    static Response csv(AppealOpenData openData, String file, long community) {
        return CsvDownload.of(file, community, AppealCountDto.COLUMNS, cursor -> openData.page(cursor, Page.MAX_LIMIT),
                r -> List.<Object[]>of(AppealCountDto.of(r).cells()));
    }
}
