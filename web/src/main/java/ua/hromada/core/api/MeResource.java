package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ua.hromada.core.token.ApiTokens;

/**
 * The caller themself: who the token (or session) stands for, their tokens (scope READ), and
 * revoking one (a program may revoke the token it calls with, e.g. when it is retired).
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    ApiTokens tokens;

    @GET
    public CallerDto me() {
        return CallerDto.of(tokens.caller());
    }

    @GET
    @Path("/tokens")
    public List<ApiTokenDto> tokens() {
        return tokens.mine().stream().map(ApiTokenDto::of).toList();
    }

    @DELETE
    @Path("/tokens/{id}")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(Ids.parse(id));
        return Response.noContent().build();
    }
}
