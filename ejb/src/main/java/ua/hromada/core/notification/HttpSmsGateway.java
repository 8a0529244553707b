package ua.hromada.core.notification;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real SMS gateway reached over HTTP: POSTs {@code {"to": "+380…", "text": "…"}} as JSON to the
 * configured address with a bearer token, and counts any 2xx answer as accepted. Gateways with
 * another API are adapted in front of it or by another {@link SmsGateway} in {@link SmsGateways}.
 */
final class HttpSmsGateway implements SmsGateway {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI endpoint;
    private final String token;

    HttpSmsGateway(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    @Override
    public void send(String e164Phone, String text) {
        String body = Json.createObjectBuilder().add("to", e164Phone).add("text", text).build().toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryException("signin.code.sms-failed", "HTTP " + status);
            }
        } catch (IOException e) {
            throw new DeliveryException("signin.code.sms-failed", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("signin.code.sms-failed", "interrupted");
        }
    }
}
