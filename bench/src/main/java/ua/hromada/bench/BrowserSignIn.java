package ua.hromada.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Signing in through the mock identity provider the way a browser does, for the bench's signed-in readers and voters. */
final class BrowserSignIn {
    private BrowserSignIn() {
    }

    /**
     * Walks the sign-in like a browser (application, the mock provider's login form with the
     * person's claims, back to the application) and returns the session cookie's value.
     */
    static String session(URI base, String name, String identifier) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> start = expect(302, client.send(get(base.resolve("/signin?return=/cabinet/")), HttpResponse.BodyHandlers
                .ofString()));
        URI authorize = start.uri().resolve(start.headers().firstValue("Location").orElseThrow());
        expect(200, client.send(get(authorize), HttpResponse.BodyHandlers.ofString()));
        String claims = "{\"name\":\"" + name + "\",\"drfo\":\"" + identifier + "\",\"birthdate\":\"1980-01-01\"}";
        String form = "username=" + enc(UUID.randomUUID().toString()) + "&claims=" + enc(claims);
        HttpResponse<String> back = expect(302, client.send(HttpRequest.newBuilder(authorize).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()));
        URI callback = back.uri().resolve(back.headers().firstValue("Location").orElseThrow());
        expect(302, client.send(get(callback), HttpResponse.BodyHandlers.ofString()));
        return cookies.getCookieStore().get(base).stream().filter(k -> k.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no session after signing in " + name));
    }

    /** A random tax number of an adult, with its check digit (the provider's identifier). */
    static String nationalIdentifier() {
        java.util.Random random = new java.util.Random();
        int[] weights = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
        // the first five digits are the days from 31 December 1899 to the date of birth: 1980-01-01 is 29220
        StringBuilder digits = new StringBuilder("29220");
        for (int i = 0; i < 4; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return digits.append(Math.floorMod(sum, 11) % 10).toString();
    }

    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ", not " + status);
        }
        return response;
    }
}
