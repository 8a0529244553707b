package ua.hromada.tools.verify;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads one community's open-data set page by page ({@code items}, {@code nextCursor}) as anyone
 * can, over plain HTTP: the recount trusts nothing but what is published.
 */
final class OpenDataReader {
    private static final int LIMIT = 100; // the API's largest page
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String community;

    OpenDataReader(String base, String community) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.community = community;
    }

    /** Every item of the set {@code name} that {@code keep} accepts, in the set's order. */
    List<JsonObject> items(String name, Predicate<JsonObject> keep) throws IOException, InterruptedException {
        List<JsonObject> kept = new ArrayList<>();
        String cursor = null;
        do {
            String address = base + "/api/v1/communities/" + URLEncoder.encode(community, StandardCharsets.UTF_8) + "/open-data/" + name
                    + "?limit=" + LIMIT + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException(address + " answered HTTP " + response.statusCode());
            }
            JsonObject page;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                page = reader.readObject();
            }
            for (JsonValue item : page.getJsonArray("items")) {
                if (keep.test(item.asJsonObject())) {
                    kept.add(item.asJsonObject());
                }
            }
            JsonValue next = page.get("nextCursor");
            cursor = next == null || next.getValueType() != JsonValue.ValueType.STRING ? null : page.getString("nextCursor");
        } while (cursor != null);
        return kept;
    }
}
