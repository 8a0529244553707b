package ua.hromada.core.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document kept beside the resources (openapi.yaml). The standard WildFly
 * profile has no MicroProfile OpenAPI, so the application serves it; a unit test keeps it in step
 * with the resource classes.
 */
@Path("/openapi.yaml")
public class OpenApiResource {
    public static final String DOCUMENT = "/openapi.yaml";

    @GET
    @Produces("application/yaml")
    public byte[] document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
