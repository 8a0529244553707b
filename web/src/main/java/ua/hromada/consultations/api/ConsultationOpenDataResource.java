package ua.hromada.consultations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import ua.hromada.consultations.ConsultationOpenData;
import ua.hromada.core.Page;
import ua.hromada.core.api.CsvDownload;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data on consultations of all communities: JSON pages (limit/cursor) and the whole set as one
 * CSV file. Anyone may read it; nothing beyond what the consultation pages publish.
 */
@Path("/open-data")
public class ConsultationOpenDataResource {
    @Inject
    ConsultationOpenData openData;

    @Inject
    Clock clock;

    @GET
    @Path("/consultations")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<ConsultationDto> platform(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return page(openData, clock, cursor, Page.limit(limit));
    }

    @GET
    @Path("/consultations.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response platformCsv() {
        return csv(openData, clock, "consultations.csv", CurrentCommunity.NONE);
    }

    static PageDto<ConsultationDto> page(ConsultationOpenData openData, Clock clock, String cursor, int limit) {
        return PageDto.of(openData.page(cursor, limit), r -> ConsultationDto.of(r.consultation(), r.communitySlug(), r.comments(),
                clock.instant()));
    }

    static Response csv(ConsultationOpenData openData, Clock clock, String file, long community) {
        return CsvDownload.of(file, community, ConsultationDto.COLUMNS, cursor -> openData.page(cursor, Page.MAX_LIMIT),
                r -> List.<Object[]>of(ConsultationDto.of(r.consultation(), r.communitySlug(), r.comments(), clock.instant()).cells()));
    }
}
