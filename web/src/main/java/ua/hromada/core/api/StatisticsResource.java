package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import ua.hromada.core.tool.ToolRegistry;

/** The platform's statistics at {@code /statistics}: every registered tool's figures over all communities. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    @Inject
    ToolRegistry registry;

    @Context
    HttpHeaders headers;

    @GET
    public StatisticsDto platform() {
        return StatisticsDto.of(null, null, registry.all(), ProblemLanguage.of(headers));
    }
}
