package ua.hromada.core.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An RFC 9457 problem detail; {@code type} names the failure, {@code detail} is localised text. */
public record Problem(String type, String title, int status, String detail) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"), Map.entry(409, "Conflict"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"));

    /** A problem whose title is the status's standard reason phrase. */
    public static Problem of(String type, int status, String detail) {
        return new Problem(type, TITLES.getOrDefault(status, "Error"), status, detail);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
