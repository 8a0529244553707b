package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Sign-in through the mock identity provider (a separate process standing in for id.gov.ua):
 * authorization code flow with PKCE, state and nonce; the person is stored by key only; replayed
 * or forged callbacks are refused; sign-out needs the session's CSRF token.
 */
class PersonSignsInIT {
    private static final String SLUG = "signin-community";
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        TestDatabase.community(SLUG, "Громада входу", "Sign-in Community");
    }

    private static String newIdentifier() {
        return NationalIdentifiers.random();
    }

    private HttpResponse<String> signIn(Browserless browser, String subject, String identifier, String name) {
        return browser.get(browser.callbackFor("/" + SLUG + "/", subject, identifier, name));
    }

    @Test
    void personSignsInAndIsStoredByKeyOnly() throws Exception {
        Browserless browser = new Browserless();
        browser.get(base + "/" + SLUG + "/");
        String identifier = newIdentifier();
        HttpResponse<String> callback = signIn(browser, "subject-" + identifier, identifier, "Олена Петренко");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(callback)).isEqualTo(base + "/" + SLUG + "/");

        HttpResponse<String> page = browser.get(base + "/" + SLUG + "/");
        assertThat(page.body()).contains("Олена Петренко", "name=\"csrf\"").doesNotContain(identifier);

        String key = TestDatabase.personKey(identifier);
        assertThat(TestDatabase.count("select count(*) from person where person_key = ? and full_name = ?", key, "Олена Петренко"))
                .isEqualTo(1);
        assertThat(TestDatabase.occurrences(identifier)).as("tables holding the national identifier").isZero();
        Path log = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("server log").doesNotContain(identifier);
        }
    }

    @Test
    void sessionIdChangesAtSignInAndSignOutNeedsTheCsrfToken() {
        Browserless browser = new Browserless();
        browser.get(base + "/signin?return=/" + SLUG + "/");
        String before = browser.sessionCookie();
        String identifier = newIdentifier();
        // signIn starts its own /signin; the session of the first one stays, as in a second tab
        signIn(browser, "subject-" + identifier, identifier, "Петро Іваненко");
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);

        HttpResponse<String> page = browser.get(base + "/" + SLUG + "/");
        String csrf = page.body().replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        assertThat(browser.post(base + "/signout", Map.of("csrf", "forged", "return", "/")).statusCode()).isEqualTo(403);
        assertThat(browser.get(base + "/" + SLUG + "/").body()).contains("Петро Іваненко");

        HttpResponse<String> out = browser.post(base + "/signout", Map.of("csrf", csrf, "return", "/" + SLUG + "/"));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.get(base + "/" + SLUG + "/").body()).doesNotContain("Петро Іваненко").contains("/signin?return=");
    }

    @Test
    void replayedOrForgedCallbacksAreRefused() {
        Browserless browser = new Browserless();
        String identifier = newIdentifier();
        String callback = browser.callbackFor("/", "s-" + identifier, identifier, "Replay Test");
        assertThat(browser.get(callback).statusCode()).isEqualTo(302);
        assertThat(browser.get(callback).statusCode()).as("the same callback again").isEqualTo(401);
        assertThat(browser.get(base + "/signin/callback?code=forged&state=forged").statusCode()).isEqualTo(401);
        assertThat(new Browserless().get(callback).statusCode()).as("another browser").isEqualTo(401);
    }

    @Test
    void openRedirectsAreNotFollowed() {
        Browserless browser = new Browserless();
        String identifier = newIdentifier();
        String callback = browser.callbackFor("//evil.example/", "s-" + identifier, identifier, "Redirect Test");
        assertThat(Browserless.location(browser.get(callback))).isEqualTo(base + "/");
    }

    @Test
    void theNamedFirstAdministratorGetsThePlatformRoleOnce() throws Exception {
        signIn(new Browserless(), "it-first-admin", newIdentifier(), "Перша Адміністраторка");
        signIn(new Browserless(), "it-first-admin", newIdentifier(), "Перша Адміністраторка");
        assertThat(TestDatabase.count("select count(*) from role_grant where role = 'PLATFORM_ADMIN' and community_id is null"))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'role.grant' and actor = 'system:bootstrap-admin'"))
                .isEqualTo(1);
    }


    @Test
    void theAddressClaimMakesAVerifiedResident() throws Exception {
        long community = TestDatabase.community("address-community", "Адресна громада", "Address Community");
        TestDatabase.execute("insert ignore into community_setting (community_id, name, value) values (?, 'residency.localities', 'Адресне, Сусіднє')",
                community);
        String identifier = newIdentifier();
        String claims = "{\"name\":\"Адресна Мешканка\",\"drfo\":\"" + identifier
                + "\",\"address\":{\"locality\":\"м. Адресне\",\"region\":\"Київська область\"}}";
        Browserless browser = new Browserless();
        assertThat(browser.get(browser.signInAtProvider(base, "/", "s-" + identifier, claims).callback()).statusCode()).isEqualTo(302);
        assertThat(TestDatabase.count("select count(*) from residency r join person p on p.id = r.person_id"
                + " where p.person_key = ? and r.community_id = ? and r.verified and r.source = 'PROVIDER'",
                TestDatabase.personKey(identifier), community)).isEqualTo(1);
        assertThat(browser.get(base + "/cabinet/").body()).contains("Адресна громада", "підтверджено адресою");
    }
}
