package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
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
 * A person signed in with e-mail + phone deletes their account over plain HTTP (the cabinet's form):
 * their sign-in codes go with it, nothing public keeps the phone's key, so the same phone signing
 * in again is a new person.
 */
class PhonePersonDeletesAccountIT {
    private static final Pattern DELETE_FORM = Pattern.compile("<form id=\"delete\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
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

    private static String first(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    @Test
    void phonePersonDeletesTheirAccountWithTheirSignInCodes() throws Exception {
        CodeForm.Someone olha = CodeForm.Someone.random("Ольга Телефонна");
        CodeForm form = new CodeForm(base).open("/cabinet/");
        assertThat(form.signIn(olha, inbox).statusCode()).isEqualTo(302);
        Browserless browser = form.browser;
        String phoneKey = TestDatabase.personKey("phone:" + olha.e164());
        long person = TestDatabase.count("select id from person where person_key = ?", phoneKey);
        assertThat(TestDatabase.count("select count(*) from sign_in_challenge where person_key = ?", phoneKey)).isPositive();

        String cabinet = browser.get(base + "/cabinet/").body();
        assertThat(cabinet).contains("Ольга Телефонна", "Видалити обліковий запис");
        HttpResponse<String> deleted = browser.post(base + first(DELETE_FORM, cabinet),
                Map.of("delete", "delete", "delete:confirmation", "видалити", "delete:submit", "Видалити обліковий запис",
                        "jakarta.faces.ViewState", first(VIEW_STATE, cabinet)));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(deleted)).isEqualTo(base + "/");
        assertThat(browser.get(base + "/").body()).contains("Ваш обліковий запис видалено").doesNotContain("Ольга Телефонна");

        assertThat(TestDatabase.count("select count(*) from sign_in_challenge where person_key = ? or email = ?", phoneKey,
                olha.email())).as("the sign-in codes went with the account").isZero();
        assertThat(TestDatabase.count("select count(*) from person where id = ? and deleted_at is not null and email is null"
                + " and person_key like 'erased:%'", person)).isEqualTo(1);

        CodeForm again = new CodeForm(base).open("/cabinet/");
        assertThat(again.signIn(olha, inbox).statusCode()).isEqualTo(302);
        assertThat(TestDatabase.count("select id from person where person_key = ?", phoneKey))
                .as("the same phone is a new person").isNotEqualTo(person).isPositive();
    }
}
