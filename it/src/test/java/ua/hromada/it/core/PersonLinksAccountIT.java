package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.CodeForm;
import ua.hromada.it.support.CodeInbox;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * Linking over HTTP: a person signed in with e-mail + phone confirms their national identifier from
 * the cabinet through the mock provider and comes back as the strong person, session id rotated.
 */
class PersonLinksAccountIT {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static CodeInbox inbox;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void mail() {
        inbox = new CodeInbox();
    }

    @AfterAll
    static void stopMail() {
        if (inbox != null) {
            inbox.close();
        }
    }

    @Test
    void personSignedInWithCodesLinksTheirNationalIdentity() throws Exception {
        CodeForm.Someone olena = CodeForm.Someone.random("Олена Телефонна");
        CodeForm form = new CodeForm(base).open("/cabinet/");
        assertThat(form.signIn(olena, inbox).statusCode()).isEqualTo(302);
        Browserless browser = form.browser;
        String cabinet = browser.get(base + "/cabinet/").body();
        assertThat(cabinet).contains("Підтвердити через національний ідентифікатор");
        Matcher csrf = CSRF.matcher(cabinet);
        assertThat(csrf.find()).isTrue();

        assertThat(browser.post(base + "/signin", Map.of("provider", "idgov")).statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> start = browser.post(base + "/signin", Map.of("csrf", csrf.group(1), "provider", "idgov"));
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = Browserless.location(start);
        assertThat(authorize).startsWith(Browserless.ISSUER + "/authorize");
        assertThat(browser.get(authorize).statusCode()).isEqualTo(200);
        String identifier = UUID.randomUUID().toString();
        HttpResponse<String> back = browser.post(authorize, Map.of("username", "link-" + identifier,
                "claims", "{\"name\":\"Олена Надійна\",\"drfo\":\"" + identifier + "\"}"));
        assertThat(back.statusCode()).isEqualTo(302);
        String sessionBefore = browser.sessionCookie();

        HttpResponse<String> callback = browser.get(Browserless.location(back));
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(callback)).isEqualTo(base + "/cabinet/");
        assertThat(browser.sessionCookie()).as("session id rotated").isNotEqualTo(sessionBefore);
        String linked = browser.get(base + "/cabinet/").body();
        assertThat(linked).contains("Олена Надійна", "id.gov.ua (надійний вхід)")
                .doesNotContain("Підтвердити через національний ідентифікатор");

        String phoneKey = TestDatabase.personKey("phone:" + olena.e164());
        String strongKey = TestDatabase.personKey(identifier);
        assertThat(TestDatabase.count("select count(*) from person f join person i on i.id = f.merged_into"
                + " where f.person_key = ? and i.person_key = ? and i.email = ? and f.email is null",
                phoneKey, strongKey, olena.email())).as("merged, the e-mail taken over").isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from audit_entry a join person i on a.object_id = i.id"
                + " where a.action = 'person.merge' and i.person_key = ?", strongKey)).isEqualTo(1);
    }
}
