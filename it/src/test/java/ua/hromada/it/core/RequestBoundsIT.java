package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;

/**
 * What one request may carry is bounded by the server (wildfly-config/50-web.cli), before any
 * application code runs: a 600 KB path segment or a huge header is refused, not looked up.
 */
class RequestBoundsIT {

    private static int statusOrRefused(HttpRequest request) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException closed) {
            return -1; // the server closed the connection: refused just the same
        }
    }

    @Test
    void oversizedPathsAndHeadersAreRefused() throws Exception {
        String base = ItSettings.baseUrl();
        int longPath = statusOrRefused(HttpRequest.newBuilder(URI.create(base + "/" + "a".repeat(600_000)))
                .timeout(Duration.ofSeconds(30)).build());
        assertThat(longPath).as("a 600 KB path segment").isNotIn(200, 404).isLessThan(500);
        int longHeader = statusOrRefused(HttpRequest.newBuilder(URI.create(base + "/")).header("X-Padding", "p".repeat(20_000))
                .timeout(Duration.ofSeconds(30)).build());
        assertThat(longHeader).as("a 20 KB header").isNotEqualTo(200).isLessThan(500);
        assertThat(Http.get("/no-such-community-" + "b".repeat(40)).statusCode()).as("an ordinary unknown slug").isEqualTo(404);
    }
}
