package ua.hromada.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Many readers at once, as a shared link brings them: each request a new visitor without cookies,
 * {@code readers} of them in a closed loop for a while. It counts as an error every answer that is
 * not a 200, every page that is not complete (no closing {@code </html>}) and every exception the
 * server logged meanwhile, and counts the sessions the answers opened. A signed-in surge gives
 * every reader the same session cookie instead (an official's console opened in many tabs at once).
 */
final class ReadSurge {
    private final HttpClient client;
    private final URI base;
    private final Path serverLog;

    ReadSurge(HttpClient client, URI base, Path serverLog) {
        this.client = client;
        this.base = base;
        this.serverLog = serverLog;
    }

    /** What one surge saw. */
    record Result(String path, int readers, long requests, long errors, long sessions, long loggedErrors, Histogram micros,
            double seconds) {
        double perSecond() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        double p99() {
            return percentile(99);
        }

        double percentile(double p) {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(p) / 1000.0;
        }
    }

    Result run(String path, int readers, Duration duration) throws InterruptedException {
        return run(path, readers, duration, List.of());
    }

    /** As {@link #run(String, int, Duration)}, in the session {@code sessionCookie} (a JSESSIONID value), or none with null. */
    Result run(String path, int readers, Duration duration, String sessionCookie) throws InterruptedException {
        return run(path, readers, duration, sessionCookie == null ? List.of() : List.of(sessionCookie));
    }

    /** As {@link #run(String, int, Duration)}, reader i in the session {@code sessionCookies[i % n]} (none when there are none). */
    Result run(String path, int readers, Duration duration, List<String> sessionCookies) throws InterruptedException {
        List<HttpRequest> perReader = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
            if (!sessionCookies.isEmpty()) {
                builder.header("Cookie", "JSESSIONID=" + sessionCookies.get(i % sessionCookies.size()));
            }
            perReader.add(builder.build());
        }
        boolean page = !path.startsWith("/api/");
        Recorder recorder = new Recorder(60_000_000L, 3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sessions = new AtomicLong();
        long logBefore = loggedErrors();
        long began = System.nanoTime();
        long until = began + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            HttpRequest request = perReader.get(i);
            Thread reader = new Thread(() -> {
                while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                        ok = answer.statusCode() == 200 && (!page || answer.body().stripTrailing().endsWith("</html>"));
                        if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                            sessions.incrementAndGet();
                        }
                    } catch (IOException e) {
                        ok = false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    requests.incrementAndGet();
                    if (ok) {
                        recorder.recordValue(Math.min((System.nanoTime() - start) / 1000, 60_000_000L));
                    } else {
                        errors.incrementAndGet();
                    }
                }
            }, "reader-" + i);
            reader.start();
            threads.add(reader);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long logged = loggedErrors() - logBefore;
        return new Result(path, readers, requests.get(), errors.get() + logged, sessions.get(), logged,
                recorder.getIntervalHistogram(), seconds);
    }

    /** ERROR lines in the server's log so far (0 when the log is not known). */
    private long loggedErrors() {
        if (serverLog == null || !Files.isReadable(serverLog)) {
            return 0;
        }
        try (var lines = Files.lines(serverLog)) {
            return lines.filter(l -> l.contains(" ERROR ")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    static String header() {
        return String.format(Locale.ROOT, "| %-44s | %7s | %9s | %8s | %8s | %8s | %6s | %8s |%n|%s|%s|%s|%s|%s|%s|%s|%s|",
                "page", "readers", "requests", "per s", "p50 ms", "p99 ms", "errors", "sessions",
                "-".repeat(46), "-".repeat(9), "-".repeat(11), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(8),
                "-".repeat(10));
    }

    static String row(Result r) {
        return String.format(Locale.ROOT, "| %-44s | %7d | %9d | %8.0f | %8s | %8s | %6d | %8d |", r.path(), r.readers(), r.requests(),
                r.perSecond(), Report.ms(r.micros(), 50), Report.ms(r.micros(), 99), r.errors(), r.sessions());
    }
}
