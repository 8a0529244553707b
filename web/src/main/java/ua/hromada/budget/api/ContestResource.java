package ua.hromada.budget.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.Voting;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.api.Ids;
import ua.hromada.core.api.JsonMapping;
import ua.hromada.core.web.TenantContext;

/** A community's participatory budget contests: read one, vote in it with a person's token (chat bots, terminals), read its results. */
@Path("/communities/{community}/budget/contests")
@Produces(MediaType.APPLICATION_JSON)
public class ContestResource {
    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    ContestResults results;

    @Inject
    PublicResults publicResults;

    @Inject
    TenantContext tenant;

    @GET
    @Path("/{id}")
    public ContestDto get(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        Contest contest = contests.view(Ids.parse(id));
        return ContestDto.of(contest, slug, contests.categories(contest.id()), voting.admitted(contest.id()));
    }

    /**
     * Casts the caller's one ballot: a chat bot or terminal with its person's token (scope SIGN),
     * or a browser session with its CSRF header. 201 with the moment; 409 when already voted.
     */
    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response vote(@PathParam("community") String slug, @PathParam("id") String id, String body) {
        tenant.require(slug);
        Voting.Receipt receipt = voting.vote(Ids.parse(id), JsonMapping.read(body, BallotDto.class).chosen());
        return Response.status(Response.Status.CREATED).entity(Map.of("castAt", receipt.castAt().toString(), "channel",
                receipt.channel().name(), "projects", receipt.projectIds())).build();
    }

    /** One category of a closed contest (404 before its results) as a pabulib file; {@code category} is one of the contest's categories. */
    @GET
    @Path("/{id}/pabulib")
    @Produces("text/plain; charset=UTF-8")
    public Response pabulib(@PathParam("community") String slug, @PathParam("id") String id, @QueryParam("category") String category) {
        var community = tenant.require(slug);
        long contestId = Ids.parse(id);
        Contest contest = contests.view(contestId);
        List<ContestResults.CategoryResult> all = results.of(contestId); // 404 for a draft or before the results, whatever the category
        long categoryId = Ids.parse(category);
        ContestResults.CategoryResult result = all.stream().filter(r -> r.category().id() == categoryId).findFirst()
                .orElseThrow(() -> new NotFoundException("budget.category.not-found", categoryId));
        var ballots = results.ballotsOf(contestId, categoryId);
        StreamingOutput body = out -> PabulibExport.write(out, contest, community.name("uk"), community.zone(), result, ballots);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"contest-" + contestId + "-category-" + categoryId
                + ".pb\"").build();
    }

    @GET
    @Path("/{id}/results")
    public ResultsDto results(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        return publicResults.of(Ids.parse(id));
    }
}
