package ua.hromada.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail + phone sign-in over HTTP, as a browser does it: the choice page, name + e-mail + phone,
 * then the code from the e-mail (read from GreenMail) and the one from the SMS (read from the
 * server log of the logging gateway). Wrong, expired and brute-forced codes, and send limits.
 */
class PersonSignsInWithCodesIT {
    static final String SLUG = "codes-community";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static CodeInbox inbox;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void communityAcceptingBasicSignIn() throws Exception {
        basicCommunity(SLUG, "Громада кодів", "Codes Community");
        inbox = new CodeInbox();
    }

    /** A community whose petitions accept e-mail + phone sign-in. */
    static long basicCommunity(String slug, String nameUk, String nameEn) throws Exception {
        long id = TestDatabase.community(slug, nameUk, nameEn);
        TestDatabase.execute("insert ignore into community_tool (community_id, tool) values (?, 'PETITIONS')", id);
        TestDatabase.execute("insert ignore into community_setting (community_id, name, value) values (?, 'signin.petitions', 'BASIC')", id);
        return id;
    }

    @AfterAll
    static void stopMail() {
        if (inbox != null) {
            inbox.close();
        }
    }

    /** A phone person of the test: random Ukrainian number and e-mail. */
    record Someone(String name, String email, String typedPhone, String e164) {
        static Someone random(String name) {
            String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
            return new Someone(name, "p" + n + "@hromada.example", "(067) " + n.substring(0, 3) + "-" + n.substring(3),
                    "+38067" + n);
        }
    }

    /** The code form of one browser, holding the JSF view state between posts. */
    private final class CodeForm {
        final Browserless browser = new Browserless();
        String viewState;
        HttpResponse<String> last;

        CodeForm open(String returnTo) {
            last = browser.get(base + "/signin/code.xhtml?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
            assertThat(last.statusCode()).isEqualTo(200);
            keepViewState();
            return this;
        }

        HttpResponse<String> post(String button, Map<String, String> fields) {
            Map<String, String> form = new HashMap<>(fields);
            form.put("code", "code");
            form.put("code:" + button, button);
            form.put("jakarta.faces.ViewState", viewState);
            last = browser.post(base + "/signin/code.xhtml", form);
            if (last.statusCode() == 200) {
                keepViewState();
            }
            return last;
        }

        HttpResponse<String> send(Someone who) {
            return post("send", Map.of("code:name", who.name(), "code:email", who.email(), "code:phone", who.typedPhone()));
        }

        HttpResponse<String> confirm(String emailCode, String smsCode) {
            return post("confirm", Map.of("code:emailCode", emailCode, "code:smsCode", smsCode));
        }

        HttpResponse<String> change() {
            return post("change", Map.of());
        }

        private void keepViewState() {
            Matcher m = VIEW_STATE.matcher(last.body());
            assertThat(m.find()).as("view state on the page").isTrue();
            viewState = m.group(1);
        }
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void personSignsInWithBothCodesAndComesBack() throws Exception {
        Browserless chooser = new Browserless();
        HttpResponse<String> start = chooser.get(base + "/signin?return=/" + SLUG + "/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(start)).isEqualTo(base + "/signin/choose.xhtml?return=%2F" + SLUG + "%2F");
        assertThat(chooser.get(Browserless.location(start)).body())
                .contains("/signin?provider=idgov&amp;return=%2F" + SLUG + "%2F", "/signin/code.xhtml?return=%2F" + SLUG + "%2F");

        Someone olena = Someone.random("Олена Кодова");
        CodeForm form = new CodeForm().open("/" + SLUG + "/");
        String sessionBefore = form.browser.sessionCookie();
        assertThat(form.send(olena).body()).contains("Коди надіслано на " + olena.email());
        HttpResponse<String> signedIn = form.confirm(inbox.emailCode(olena.email()), CodeInbox.smsCode(olena.e164()));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(signedIn)).isEqualTo(base + "/" + SLUG + "/");
        assertThat(form.browser.sessionCookie()).as("session id rotated").isNotEqualTo(sessionBefore);
        assertThat(form.browser.get(base + "/" + SLUG + "/").body()).contains("Олена Кодова", "name=\"csrf\"");
        assertThat(TestDatabase.count("select count(*) from person where person_key = ? and email = ? and full_name = ?",
                TestDatabase.personKey("phone:" + olena.e164()), olena.email(), "Олена Кодова")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from sign_in_challenge where used_at is not null and email = ?", olena.email())).isEqualTo(1);
        assertThat(form.browser.get(base + "/cabinet/").body()).contains("Електронна пошта і телефон");
    }

    @Test
    void aWrongCodeKeepsWhatWasTypedAndCountsAnAttempt() throws Exception {
        Someone petro = Someone.random("Петро Помилковий");
        CodeForm form = new CodeForm().open("/" + SLUG + "/");
        form.send(petro);
        String emailCode = inbox.emailCode(petro.email());
        String smsCode = CodeInbox.smsCode(petro.e164());

        HttpResponse<String> refused = form.confirm(emailCode, wrong(smsCode));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Залишилось спроб: 4", "value=\"" + emailCode + "\"");
        assertThat(TestDatabase.count("select wrong_attempts from sign_in_challenge where email = ?", petro.email())).isEqualTo(1);

        assertThat(form.confirm(emailCode, smsCode).statusCode()).isEqualTo(302);
    }

    @Test
    void expiredCodesAreRefused() throws Exception {
        Someone late = Someone.random("Запізніла Особа");
        CodeForm form = new CodeForm().open("/");
        form.send(late);
        String emailCode = inbox.emailCode(late.email());
        String smsCode = CodeInbox.smsCode(late.e164());
        TestDatabase.execute("update sign_in_challenge set expires_at = now(6) - interval 1 second where email = ?", late.email());

        HttpResponse<String> refused = form.confirm(emailCode, smsCode);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Коди вже не діють");
        assertThat(TestDatabase.count("select count(*) from person where person_key = ?",
                TestDatabase.personKey("phone:" + late.e164()))).isZero();
    }

    @Test
    void fiveWrongAttemptsLockTheCodesAndThePhone() throws Exception {
        Someone guesser = Someone.random("Підбирач Кодів");
        CodeForm form = new CodeForm().open("/");
        form.send(guesser);
        String emailCode = inbox.emailCode(guesser.email());
        String smsCode = CodeInbox.smsCode(guesser.e164());
        for (int i = 1; i < 5; i++) {
            assertThat(form.confirm(emailCode, wrong(smsCode)).body()).contains("Залишилось спроб: " + (5 - i));
        }
        assertThat(form.confirm(emailCode, wrong(smsCode)).body()).contains("Забагато неправильних спроб");
        assertThat(form.confirm(emailCode, smsCode).body()).as("the right codes, too late").contains("Забагато неправильних спроб");

        form.change();
        assertThat(form.send(guesser).body()).as("new codes for a locked phone").contains("Забагато неправильних спроб");
        assertThat(inbox.emailsTo(guesser.email())).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from person where person_key = ?",
                TestDatabase.personKey("phone:" + guesser.e164()))).isZero();
    }

    @Test
    void sendsAreLimitedPerPhoneAndPerEmail() throws Exception {
        Someone busy = Someone.random("Нетерпляча Особа");
        CodeForm form = new CodeForm().open("/");
        for (int i = 0; i < 3; i++) {
            assertThat(form.send(busy).body()).contains("Коди надіслано");
            form.change();
        }
        assertThat(form.send(busy).body()).contains("Забагато запитів на коди");
        Someone samePhone = new Someone(busy.name(), "other-" + busy.email(), busy.typedPhone(), busy.e164());
        assertThat(form.send(samePhone).body()).as("same phone, another e-mail").contains("Забагато запитів на коди");
        Someone sameEmail = Someone.random(busy.name());
        sameEmail = new Someone(sameEmail.name(), busy.email(), sameEmail.typedPhone(), sameEmail.e164());
        assertThat(form.send(sameEmail).body()).as("same e-mail, another phone").contains("Забагато запитів на коди");
        assertThat(inbox.emailsTo(busy.email())).isEqualTo(3);
    }

    @Test
    void invalidDetailsAreExplainedAndKept() {
        CodeForm form = new CodeForm().open("/");
        HttpResponse<String> refused = form.send(new Someone("Особа", "not-an-address", "12345", "+12345"));
        assertThat(refused.body()).contains("«not-an-address» не схоже на адресу", "value=\"12345\"");
        refused = form.send(new Someone("Особа", "ok@hromada.example", "12345", "+12345"));
        assertThat(refused.body()).contains("«12345» не схоже на номер мобільного телефону");
    }
}
