package ua.hromada.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * Time of one page as a reader on loopback sees it (request sent to last byte read), one request
 * at a time: the server time of the page, with no queue in front of it. Each request is a new
 * visitor without cookies, as readers arriving from a shared link are.
 */
final class PageTimings {
    private final HttpClient client;
    private final URI base;

    PageTimings(HttpClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    /** The timings of one page. */
    record Result(String path, long requests, long errors, Histogram micros, long bytes) {
    }

    Result measure(String path, int warmUp, int requests) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET().build();
        Histogram micros = new Histogram(60_000_000L, 3);
        long errors = 0;
        long bytes = 0;
        for (int i = 0; i < warmUp + requests; i++) {
            long began = System.nanoTime();
            int status;
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                bytes = response.body().length;
            } catch (java.io.IOException e) {
                status = -1;
            }
            long took = (System.nanoTime() - began) / 1000;
            if (i >= warmUp) {
                if (status == 200) {
                    micros.recordValue(Math.min(took, micros.getHighestTrackableValue()));
                } else {
                    errors++;
                }
            }
        }
        return new Result(path, requests, errors, micros, bytes);
    }
}
