package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * Serves the OpenAPI document: core's (openapi.yaml) with each registered tool's part merged in.
 * The standard WildFly profile has no MicroProfile OpenAPI, so the application serves it; a unit
 * test keeps it in step with the resource classes.
 */
@Path("/openapi.yaml")
public class OpenApiResource {
    public static final String DOCUMENT = "/openapi.yaml";
    /** In a tool's part, the line between its paths and its schemas. */
    static final String SCHEMAS_MARK = "# schemas";

    @Inject
    ToolRegistry registry;

    @GET
    @Produces("application/yaml")
    public byte[] document() {
        List<String> parts = new ArrayList<>();
        for (ToolManifest tool : registry.all()) {
            tool.openApi().ifPresent(part -> parts.add(read(part)));
        }
        return assemble(read(DOCUMENT), parts).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Core's document with the tools' parts: their paths at the end of {@code paths}, their schemas at
     * the start of {@code components.schemas}; the parts keep core's two- and four-space indentation.
     */
    static String assemble(String core, List<String> parts) {
        List<String> paths = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        for (String part : parts) {
            List<String> into = paths;
            for (String line : part.split("\n", -1)) {
                if (line.strip().equals(SCHEMAS_MARK)) {
                    into = schemas;
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    into.add(line);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : core.split("\n", -1)) {
            if (line.equals("components:")) {
                out.addAll(paths);
            }
            out.add(line);
            if (line.equals("  schemas:")) {
                out.addAll(schemas);
            }
        }
        return String.join("\n", out);
    }

    static String read(String resource) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no OpenAPI part at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
