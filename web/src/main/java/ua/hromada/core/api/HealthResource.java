package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ua.hromada.core.health.Health;

/** UP (200) when the database answers, DOWN (503) otherwise: for load balancers and monitoring. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    @Inject
    Health health;

    public record Check(String name, String status) {
    }

    public record Report(String status, List<Check> checks) {
    }

    @GET
    public Response health() {
        boolean db = health.databaseUp();
        String status = db ? "UP" : "DOWN";
        return Response.status(db ? 200 : 503).entity(new Report(status, List.of(new Check("database", status)))).build();
    }
}
