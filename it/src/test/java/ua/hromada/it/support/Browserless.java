package ua.hromada.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that walks redirects by hand, so a test can follow a sign-in through
 * the application and the identity provider the way a browser does and look at every hop.
 */
public final class Browserless {
    public static final String ISSUER = System.getProperty("hromada.it.oidc-issuer", "http://127.0.0.1:8090/idgov");
    final CookieManager cookies;
    private final HttpClient client;

    public Browserless() {
        this(CookiePolicy.ACCEPT_ALL);
    }

    private Browserless(CookiePolicy policy) {
        cookies = new CookieManager(null, policy);
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client that keeps no cookie: every request is a first visit (the Set-Cookie headers still show). */
    public static Browserless keepingNoCookies() {
        return new Browserless(CookiePolicy.ACCEPT_NONE);
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Where the provider sent the browser back to the application (not yet visited), and from where. */
    public record ProviderWalk(String authorize, String callback) {
    }

    /**
     * Walks a sign-in like a browser, app → provider login form → provider, as the person with
     * this identifier and name, and returns the application's callback address.
     */
    ProviderWalk signInAtProvider(String base, String returnTo, String subject, String identifier, String name) {
        return signInAtProvider(base, returnTo, subject, claims(identifier, name));
    }

    /** The same walk with the provider's claims given whole (JSON), e.g. with an address. */
    public ProviderWalk signInAtProvider(String base, String returnTo, String subject, String claims) {
        HttpResponse<String> start = expect(302, get(base + "/signin?return=" + returnTo));
        String authorize = location(start);
        expect(200, get(authorize));
        HttpResponse<String> backToApp = expect(302, post(authorize, Map.of("username", subject, "claims", claims)));
        return new ProviderWalk(authorize, location(backToApp));
    }

    /** The mock provider's claims of a person with this identifier and name, born an adult ({@link NationalIdentifiers#ADULT}). */
    public static String claims(String identifier, String name) {
        return "{\"name\":\"" + name + "\",\"drfo\":\"" + identifier + "\",\"birthdate\":\"" + NationalIdentifiers.ADULT + "\"}";
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ", not " + status);
        }
        return response;
    }

    /**
     * Walks the sign-in like a browser, app → provider login form → provider, and returns the
     * app's callback address the provider sent the browser to (not yet visited).
     */
    public String callbackFor(String returnTo, String subject, String identifier, String name) {
        HttpResponse<String> start = get(ItSettings.baseUrl() + "/signin?return=" + returnTo);
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = location(start);
        assertThat(authorize).startsWith(ISSUER + "/authorize").contains("code_challenge=", "state=", "nonce=");
        HttpResponse<String> loginForm = get(authorize);
        assertThat(loginForm.statusCode()).isEqualTo(200);
        HttpResponse<String> backToApp = post(authorize, Map.of("username", subject,
                "claims", claims(identifier, name)));
        assertThat(backToApp.statusCode()).isEqualTo(302);
        return location(backToApp);
    }

    /** Signs in as this person, ending on {@code returnTo} (signed in, cookies kept here). */
    public void signIn(String returnTo, String subject, String identifier, String name) {
        HttpResponse<String> callback = get(callbackFor(returnTo, subject, identifier, name));
        assertThat(callback.statusCode()).as("callback").isEqualTo(302);
    }

    public static String location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
    }

    /** A client in the browser's session (a download the browser would make, say). */
    public static Browserless inSessionOf(Chromium chromium) {
        Browserless client = new Browserless();
        HttpCookie session = new HttpCookie("JSESSIONID", chromium.driver.manage().getCookieNamed("JSESSIONID").getValue());
        session.setPath("/");
        client.cookies.getCookieStore().add(URI.create(ItSettings.baseUrl()), session);
        return client;
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }

    /** Any request, with this browser's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
