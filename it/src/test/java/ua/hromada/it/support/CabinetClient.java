package ua.hromada.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in through the provider as a cookie-keeping client, using pages the way their
 * browser does: issuing API tokens with the cabinet's form, posting JSF forms with their view state.
 * And a program calling the API with one of those tokens.
 */
public final class CabinetClient {
    static final Pattern SECRET = Pattern.compile("hrm_[A-Za-z0-9_-]{43}");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    public final Browserless browser = new Browserless();
    final String identifier;
    private final String base = ItSettings.baseUrl();

    /** A new person with this name (a random national identifier), signed in. */
    public CabinetClient(String name) {
        this(NationalIdentifiers.random(), name);
    }

    /** The person with this national identifier (stored before, say, with a role), signed in. */
    public CabinetClient(String identifier, String name) {
        this.identifier = identifier;
        browser.get(browser.signInAtProvider(base, "/cabinet/", "s-" + identifier, identifier, name).callback());
    }

    /** The signed-in person's id, as the database has it. */
    public long personId() throws Exception {
        return TestDatabase.count("select id from person where person_key = ?", TestDatabase.personKey(identifier));
    }

    public HttpResponse<String> get(String path) {
        return browser.get(base + path);
    }

    /**
     * Posts the JSF form {@code form} of the page last read from {@code path}, pressing
     * {@code button} (its client id) with {@code fields}: what the browser sends.
     */
    public HttpResponse<String> submit(String path, HttpResponse<String> page, String form, String button, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.putAll(fields);
        body.put(button, button);
        body.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        return browser.post(base + path, body);
    }

    /**
     * The same for a multipart form ({@code enctype="multipart/form-data"}), with one file in
     * {@code fileField}: what the browser sends for an upload.
     */
    public HttpResponse<String> submitWithFile(String path, HttpResponse<String> page, String form, String button,
            Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----hromada" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Issues a token through the cabinet page's form, as the person does, and reads the secret it shows once. */
    public String issueToken(String communitySlug, String label, String scope) {
        HttpResponse<String> page = get("/cabinet/tokens.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        // the community picker sends the chosen community's address in its hidden input
        HttpResponse<String> issued = submit("/cabinet/tokens.xhtml", page, "issue", "issue:submit", Map.of(
                "issue:label", label, "issue:community_hinput", communitySlug, "issue:scope", scope, "issue:lifetime", "30"));
        assertThat(issued.statusCode()).isEqualTo(200);
        return find(SECRET, issued.body());
    }

    public static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.groupCount() == 0 ? m.group() : m.group(1);
    }

    /** Asserts an API answer is the problem+json of this status whose type is {@code urn:hromada:problem:<key>}. */
    public static void assertProblem(HttpResponse<String> response, int status, String key) {
        assertThat(response.statusCode()).as("%s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:hromada:problem:" + key + "\"");
    }

    /** A call from a program: no cookies, only the bearer token. */
    public static HttpResponse<String> bearer(String method, String path, String secret) {
        HttpResponse<String> response = new Browserless().send(HttpRequest.newBuilder(URI.create(ItSettings.baseUrl() + path))
                .header("Authorization", "Bearer " + secret).header("Accept-Language", "en")
                .method(method, HttpRequest.BodyPublishers.noBody()));
        assertThat(response.headers().allValues("Set-Cookie")).as("bearer calls never start a session").isEmpty();
        return response;
    }
}
