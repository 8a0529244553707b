package ua.hromada.petitions.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import ua.hromada.core.MalformedParameterException;
import ua.hromada.core.Page;
import ua.hromada.core.api.Ids;
import ua.hromada.core.api.PageDto;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionReading.PetitionFilter;
import ua.hromada.petitions.PetitionSort;
import ua.hromada.petitions.PetitionStatus;
import ua.hromada.petitions.SignatureRemovals;
import ua.hromada.petitions.Signing;

/** A community's public petitions: list with filters, one petition, its count and its signatories. */
@Path("/communities/{community}/petitions")
@Produces(MediaType.APPLICATION_JSON)
public class PetitionResource {
    @Inject
    SignatureRemovals removals;

    @Inject
    PetitionReading reading;

    @Inject
    Signing signing;

    @Inject
    TenantContext tenant;

    @GET
    public PageDto<PetitionDto> list(@PathParam("community") String slug, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        tenant.require(slug);
        PetitionFilter filter = new PetitionFilter(parse(PetitionStatus.class, "status", status),
                parse(PetitionCategory.class, "category", category), q, parse(PetitionSort.class, "sort", sort));
        return PageDto.of(reading.list(filter, cursor, Page.limit(limit)), p -> PetitionDto.of(p, slug));
    }

    @GET
    @Path("/{id}")
    public PetitionDto get(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        Petition petition = reading.view(Ids.parse(id));
        return PetitionDto.of(petition, slug, removals.of(petition));
    }

    /** The live count (at most a few seconds old) and the threshold, for widgets that poll. */
    @GET
    @Path("/{id}/signatures/count")
    public Map<String, Integer> count(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        var petition = reading.view(Ids.parse(id));
        return Map.of("signatures", petition.signatureCount(), "threshold", petition.rules().threshold());
    }

    /**
     * Signs for the caller: a terminal or chat bot with its person's token (scope SIGN), or a
     * browser session with its CSRF header. 201 with the moment; 409 when already signed.
     */
    @POST
    @Path("/{id}/signatures")
    public Response sign(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        Instant signedAt = signing.sign(Ids.parse(id));
        return Response.status(Response.Status.CREATED).entity(Map.of("signedAt", signedAt.toString())).build();
    }

    @GET
    @Path("/{id}/signatures")
    public PageDto<SignatureDto> signatures(@PathParam("community") String slug, @PathParam("id") String id,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        tenant.require(slug);
        return PageDto.of(reading.signatories(Ids.parse(id), cursor, Page.limit(limit)), SignatureDto::of);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new MalformedParameterException("param.enum.invalid", name, value);
        }
    }
}
