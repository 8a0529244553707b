package ua.hromada.petitions.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ua.hromada.core.Page;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.petitions.PetitionOpenData;
import ua.hromada.core.web.CsvTable;

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

    /** Streams every public petition page by page; the tenant is handed to the writer's thread explicitly. */
    /** One row of open data, with its public removals of signatures. */
    static PetitionDto dto(PetitionOpenData.Row row) {
        return PetitionDto.of(row.petition(), row.communitySlug(), row.removals());
    }

    static Response csv(PetitionOpenData openData, String file, long community) {
        StreamingOutput body = output -> CurrentCommunity.callAs(community, () -> {
            try {
                CsvTable csv = CsvTable.open(output, COLUMNS);
                Page<PetitionOpenData.Row> page = openData.page(null, Page.MAX_LIMIT);
                while (true) {
                    for (PetitionOpenData.Row row : page.items()) {
                        PetitionDto p = dto(row);
                        csv.row(p.id(), p.community(), p.title(), p.category(), p.status(), p.signatures(),
                                p.threshold(), p.publishedAt(), p.collectionEndsAt(), p.thresholdReachedAt(),
                                p.considerationDueAt(), p.answeredAt(), p.responseDecision(), p.response(), p.url(),
                                p.signaturesRemoved(), p.removalsText());
                    }
                    if (page.nextCursor() == null) {
                        break;
                    }
                    page = openData.page(page.nextCursor(), Page.MAX_LIMIT);
                }
                csv.flush();
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
