package ua.hromada.petitions.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ua.hromada.core.Page;
import ua.hromada.core.api.CsvDownload;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.petitions.PetitionOpenData;

/**
 * Open data on petitions of all communities: JSON pages (limit/cursor) and the whole set as one CSV
 * file. Anyone may read it; nothing personal beyond what the petition pages publish.
 */
@Path("/open-data")
public class PetitionOpenDataResource {
    private static final String[] COLUMNS = {"id", "community", "title", "category", "status", "signatures", "threshold",
        "published_at", "collection_ends_at", "threshold_reached_at", "consideration_due_at", "answered_at",
        "response_decision", "response", "url", "signatures_removed", "removals"};

    @Inject
    PetitionOpenData openData;

    @GET
    @Path("/petitions")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<PetitionDto> platform(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return PageDto.of(openData.page(cursor, Page.limit(limit)), PetitionOpenDataResource::dto);
    }

    @GET
    @Path("/petitions.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response platformCsv() {
        return csv(openData, "petitions.csv", CurrentCommunity.NONE);
    }

    /** One row of open data, with its public removals of signatures. */
    static PetitionDto dto(PetitionOpenData.Row row) {
        return PetitionDto.of(row.petition(), row.communitySlug(), row.removals());
    }

    static Response csv(PetitionOpenData openData, String file, long community) {
        return CsvDownload.of(file, community, COLUMNS, cursor -> openData.page(cursor, Page.MAX_LIMIT), row -> {
            PetitionDto p = dto(row);
            return List.<Object[]>of(new Object[] {p.id(), p.community(), p.title(), p.category(), p.status(), p.signatures(),
                p.threshold(), p.publishedAt(), p.collectionEndsAt(), p.thresholdReachedAt(), p.considerationDueAt(),
                p.answeredAt(), p.responseDecision(), p.response(), p.url(), p.signaturesRemoved(), p.removalsText()});
        });
    }
}
