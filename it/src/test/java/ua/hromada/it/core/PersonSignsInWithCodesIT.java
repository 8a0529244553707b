package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.CodeForm;
import ua.hromada.it.support.CodeInbox;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * E-mail + phone sign-in over HTTP, as a browser does it: the choice page, name + e-mail + phone,
 * then the code from the e-mail (read from GreenMail) and the one from the SMS (read from the
 * server log of the logging gateway). Wrong, expired and brute-forced codes, and send limits.
 */
class PersonSignsInWithCodesIT {
    static final String SLUG = "codes-community";
    private static CodeInbox inbox;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void communityAcceptingBasicSignIn() throws Exception {
        basicCommunity(SLUG, "Громада кодів", "Codes Community");
        inbox = new CodeInbox();
    }

    /** A community whose petitions accept e-mail + phone sign-in. */
    static long basicCommunity(String slug, String nameUk, String nameEn) throws Exception {
        long id = TestDatabase.communityWith(slug, nameUk, nameEn, "petitions");
        TestDatabase.execute("insert ignore into community_setting (community_id, name, value) values (?, 'signin.petitions', 'BASIC')", id);
        return id;
    }

    @AfterAll
    static void stopMail() {
        if (inbox != null) {
            inbox.close();
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

        CodeForm.Someone olena = CodeForm.Someone.random("Олена Кодова");
        CodeForm form = new CodeForm(base).open("/" + SLUG + "/");
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
        CodeForm.Someone petro = CodeForm.Someone.random("Петро Помилковий");
        CodeForm form = new CodeForm(base).open("/" + SLUG + "/");
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
        CodeForm.Someone late = CodeForm.Someone.random("Запізніла Особа");
        CodeForm form = new CodeForm(base).open("/");
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
        CodeForm.Someone guesser = CodeForm.Someone.random("Підбирач Кодів");
        CodeForm form = new CodeForm(base).open("/");
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
        CodeForm.Someone busy = CodeForm.Someone.random("Нетерпляча Особа");
        CodeForm form = new CodeForm(base).open("/");
        for (int i = 0; i < 3; i++) {
            assertThat(form.send(busy).body()).contains("Коди надіслано");
            form.change();
        }
        assertThat(form.send(busy).body()).contains("Забагато запитів на коди");
        CodeForm.Someone samePhone = new CodeForm.Someone(busy.name(), "other-" + busy.email(), busy.typedPhone(), busy.e164());
        assertThat(form.send(samePhone).body()).as("same phone, another e-mail").contains("Забагато запитів на коди");
        CodeForm.Someone sameEmail = CodeForm.Someone.random(busy.name());
        sameEmail = new CodeForm.Someone(sameEmail.name(), busy.email(), sameEmail.typedPhone(), sameEmail.e164());
        assertThat(form.send(sameEmail).body()).as("same e-mail, another phone").contains("Забагато запитів на коди");
        assertThat(inbox.emailsTo(busy.email())).isEqualTo(3);
    }

    @Test
    void invalidDetailsAreExplainedAndKept() {
        CodeForm form = new CodeForm(base).open("/");
        HttpResponse<String> refused = form.send(new CodeForm.Someone("Особа", "not-an-address", "12345", "+12345"));
        assertThat(refused.body()).contains("«not-an-address» не схоже на адресу", "value=\"12345\"");
        refused = form.send(new CodeForm.Someone("Особа", "ok@hromada.example", "12345", "+12345"));
        assertThat(refused.body()).contains("«12345» не схоже на номер мобільного телефону");
    }
}
