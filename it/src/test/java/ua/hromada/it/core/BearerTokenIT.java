package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * A person issues a token in the cabinet; a program calls the API with it as a bearer token: it
 * acts as the person in the token's community only, without a session or CSRF token, until the
 * token expires or is revoked; a browser session's state-changing calls need the CSRF token.
 */
class BearerTokenIT {
    private static final String HOME = "bearer-home";
    private static final String AWAY = "bearer-away";
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void communities() throws Exception {
        TestDatabase.community(HOME, "Громада токена", "Token Community");
        TestDatabase.community(AWAY, "Чужа громада", "Other Community");
    }

    private static String find(Pattern pattern, String text) {
        return CabinetClient.find(pattern, text);
    }

    private static HttpResponse<String> bearer(String method, String path, String secret) {
        return CabinetClient.bearer(method, path, secret);
    }

    private static long tokenId(String secret) throws Exception {
        return TestDatabase.count("select id from api_token where token_hash = ?", sha256(secret));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:hromada:problem:" + type + "\"");
    }

    @Test
    void aTokenActsAsItsPersonInItsCommunityOnlyAndOnlyItsHashIsStored() throws Exception {
        CabinetClient person = new CabinetClient("Тереза Термінальна");
        String secret = person.issueToken(HOME, "Термінал ЦНАП", "SIGN");

        HttpResponse<String> me = bearer("GET", "/api/v1/me", secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"Тереза Термінальна\"", "\"community\":\"" + HOME + "\"",
                "\"scope\":\"SIGN\"", "\"expiresAt\":");
        assertThat(bearer("GET", "/api/v1/communities/" + HOME, secret).statusCode()).isEqualTo(200);
        assertProblem(bearer("GET", "/api/v1/communities/" + AWAY, secret), 403, "token.community.other");
        assertProblem(bearer("GET", "/api/v1/communities/" + AWAY + "/announcements", secret), 403, "token.community.other");

        assertThat(TestDatabase.countWithin(15, 1, "select count(*) from api_token where token_hash = ? and last_used_at is not null",
                sha256(secret))).as("the last use is stamped within seconds (in a batch)").isEqualTo(1);
        assertThat(TestDatabase.occurrences(secret)).as("values holding the secret").isZero();
        assertThat(TestDatabase.occurrences(secret.substring(4))).as("values holding the secret without its prefix").isZero();
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefusedWithABearerChallenge() throws Exception {
        CabinetClient person = new CabinetClient("Віра Відкликана");
        String revoked = person.issueToken(HOME, "Бот для відкликання", "SIGN");
        String expired = person.issueToken(HOME, "Бот, що спливе", "SIGN");
        assertThat(bearer("GET", "/api/v1/me", expired).statusCode()).isEqualTo(200);

        assertThat(bearer("DELETE", "/api/v1/me/tokens/" + tokenId(revoked), revoked).statusCode())
                .as("a program retires its own token").isEqualTo(204);
        TestDatabase.execute("update api_token set expires_at = ? where token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), sha256(expired));

        for (String refused : new String[] {revoked, expired, "hrm_" + "x".repeat(43), "nonsense"}) {
            HttpResponse<String> response = bearer("GET", "/api/v1/me", refused);
            assertProblem(response, 401, "token.invalid");
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("Bearer", "error=\"invalid_token\"");
            assertThat(response.body()).contains("unknown, expired or revoked");
        }
        HttpResponse<String> anonymous = Http.get("/api/v1/me", "uk");
        assertProblem(anonymous, 401, "signin.required");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer").doesNotContain("error=");
    }

    @Test
    void aSessionNeedsItsCsrfTokenToChangeStateABearerCallDoesNot() throws Exception {
        CabinetClient person = new CabinetClient("Степан Сесійний");
        String first = person.issueToken(HOME, "Перший", "SIGN");
        String second = person.issueToken(HOME, "Другий", "SIGN");
        String csrf = find(Pattern.compile("name=\"csrf\" value=\"([^\"]+)\""), person.get("/cabinet/").body());

        HttpRequest.Builder noCsrf = HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens/" + tokenId(first))).DELETE();
        assertProblem(person.browser.send(noCsrf), 403, "csrf.invalid");
        HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens/" + tokenId(first)))
                .header("X-CSRF-Token", "forged").DELETE();
        assertProblem(person.browser.send(forged), 403, "csrf.invalid");
        assertThat(bearer("GET", "/api/v1/me", first).statusCode()).as("the refused calls changed nothing").isEqualTo(200);

        assertThat(bearer("DELETE", "/api/v1/me/tokens/" + tokenId(first), first).statusCode()).isEqualTo(204);
        assertThat(person.browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens/" + tokenId(second)))
                .header("X-CSRF-Token", csrf).DELETE()).statusCode()).as("the session with its CSRF token").isEqualTo(204);
        assertThat(bearer("GET", "/api/v1/me", second).statusCode()).isEqualTo(401);
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'token.revoke' and object_id in (?, ?)",
                String.valueOf(tokenId(first)), String.valueOf(tokenId(second)))).isEqualTo(2);
    }

    @Test
    void theScopeDecidesWhatATokenMayRead() {
        CabinetClient person = new CabinetClient("Роман Читач");
        String signer = person.issueToken(HOME, "Підписувач", "SIGN");
        String reader = person.issueToken(HOME, "Читач", "READ");
        assertProblem(bearer("GET", "/api/v1/me/tokens", signer), 403, "token.scope.insufficient");
        HttpResponse<String> list = bearer("GET", "/api/v1/me/tokens", reader);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"label\":\"Підписувач\"", "\"label\":\"Читач\"", "\"status\":\"ACTIVE\"")
                .doesNotContain("hrm_");
    }

    @Test
    void aTokenThatCallsTooOftenIsToldToWait() {
        String secret = new CabinetClient("Ніна Нетерпляча").issueToken(HOME, "Гарячий бот", "READ");
        HttpResponse<String> response = null;
        // 60 calls pass at once and one more each second; a few hundred quick calls exceed that
        for (int i = 0; i < 400 && (response == null || response.statusCode() == 200); i++) {
            response = bearer("GET", "/api/v1/me", secret);
        }
        assertProblem(response, 429, "token.rate-limited");
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    @Test
    void anAddressPresentingManyDeadTokensIsRefusedBeforeAnyLookupOthersAreNot() throws Exception {
        String good = new CabinetClient("Ганна Гадалка").issueToken(HOME, "Справний бот", "READ");
        // another loopback address stands for the guessing client, so this test's own calls stay unaffected
        String guesser = "127.0.0." + ThreadLocalRandom.current().nextInt(2, 250);
        for (int i = 0; i < 100; i++) {
            assertThat(statusFrom(guesser, "hrm_" + "A".repeat(42) + (char) ('a' + i % 26))).isEqualTo(401);
        }
        assertThat(statusFrom(guesser, "hrm_" + "B".repeat(43))).as("the 101st dead token in a minute").isEqualTo(429);
        assertThat(statusFrom(guesser, good)).as("even a good token, from that address, until the minute ends").isEqualTo(429);
        assertThat(bearer("GET", "/api/v1/me", good).statusCode()).as("the same token from elsewhere").isEqualTo(200);
    }

    /** The status of GET /api/v1/me with {@code secret}, sent from the loopback address {@code from}. */
    private int statusFrom(String from, String secret) throws Exception {
        URI target = URI.create(base);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/v1/me HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nAuthorization: Bearer " + secret + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
