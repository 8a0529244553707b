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
import ua.hromada.appeals.AppealsTool;
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

    @GET
    @Path("/" + AppealsTool.DIRECTORY_DATASET)
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<DirectoryEntryDto> platformDirectory(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return directory(openData, cursor, Page.limit(limit));
    }

    @GET
    @Path("/" + AppealsTool.DIRECTORY_DATASET + ".csv")
    @Produces("text/csv; charset=UTF-8")
    public Response platformDirectoryCsv() {
        return directoryCsv(openData, AppealsTool.DIRECTORY_DATASET + ".csv", CurrentCommunity.NONE);
    }

    static PageDto<DirectoryEntryDto> directory(AppealOpenData openData, String cursor, int limit) {
        return PageDto.of(openData.directory(cursor, limit), DirectoryEntryDto::of);
    }

    static Response directoryCsv(AppealOpenData openData, String file, long community) {
        return CsvDownload.of(file, community, DirectoryEntryDto.COLUMNS, cursor -> openData.directory(cursor, Page.MAX_LIMIT),
                e -> List.<Object[]>of(DirectoryEntryDto.of(e).cells()));
    }

    static PageDto<AppealCountDto> page(AppealOpenData openData, String cursor, int limit) {
        return PageDto.of(openData.page(cursor, limit), AppealCountDto::of);
    }

    static Response csv(AppealOpenData openData, String file, long community) {
        return CsvDownload.of(file, community, AppealCountDto.COLUMNS, cursor -> openData.page(cursor, Page.MAX_LIMIT),
                r -> List.<Object[]>of(AppealCountDto.of(r).cells()));
    }
}
