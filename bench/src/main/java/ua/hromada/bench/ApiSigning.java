package ua.hromada.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Signs through the API as a program would: POST with the person's own bearer token. */
final class ApiSigning implements Attempt {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI signatures;
    private final String[] secrets;
    private final Failures failures;

    ApiSigning(HttpClient client, URI base, String slug, long petitionId, String[] secrets, Failures failures) {
        this.client = client;
        this.signatures = base.resolve("/api/v1/communities/" + slug + "/petitions/" + petitionId + "/signatures");
        this.secrets = secrets;
        this.failures = failures;
    }

    @Override
    public Outcome sign(int person) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(signatures).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + secrets[person])
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Outcome.SIGNED;
        }
        if (status == 409) {
            return Outcome.ALREADY_SIGNED;
        }
        failures.note(status + " " + response.body());
        return status == 429 ? Outcome.LIMITED : Outcome.FAILED;
    }

    /** One HTTP/1.1 client for a step: keep-alive connections, no HTTP/2 upgrade attempt. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
