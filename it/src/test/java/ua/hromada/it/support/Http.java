package ua.hromada.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests: GET a path of the server under test, with a language. */
public final class Http {
    /** A page's PrimeFaces widget scripts (jQuery, core, components): only pages with a widget have them. */
    public static final String PRIMEFACES_WIDGET_SCRIPT = "<script[^>]*(jquery|core\\.js|components\\.js)[^>]*ln=primefaces";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    public static HttpResponse<String> get(String base, String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request);
    }

    /** GET of a download (a document, a photo), its bytes as they came. */
    public static HttpResponse<byte[]> getBytes(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET as a terminal or bot does, with a personal API token's secret. */
    public static HttpResponse<String> getWithToken(String base, String path, String secret) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + secret));
    }

    /** POST of a JSON body as a terminal or bot does, with a personal API token's secret (null: none). */
    public static HttpResponse<String> postJsonWithToken(String base, String path, String secret, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept-Language", "en");
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path) {
        return get(ItSettings.baseUrl(), path, null);
    }

    public static HttpResponse<String> get(String path, String language) {
        return get(ItSettings.baseUrl(), path, language);
    }
}
