package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.AtOnce;
import ua.hromada.it.support.CodeForm;
import ua.hromada.it.support.CodeInbox;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * E-mail + phone codes under concurrency, over HTTP as a script would try: thirty sends at once to
 * one phone send no more than its limit, and thirty wrong guesses at once all count (the attempt
 * locks after five, so no more than five are ever weighed); and a lock that wrong guesses made
 * binds only the client that guessed, so nobody keeps a phone's owner out.
 */
class CodeSignInRacesIT {
    private static final int PARALLEL = 30;
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static CodeInbox inbox;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void mail() {
        inbox = new CodeInbox();
    }

    @AfterAll
    static void stopMail() {
        inbox.close();
    }

    @Test
    void thirtySendsAtOnceToOnePhoneSendOnlyItsLimit() throws Exception {
        CodeForm.Someone phone = CodeForm.Someone.random("Паралельна Особа");
        List<CodeForm> forms = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            forms.add(new CodeForm(base).open("/"));
        }
        // each with its own e-mail, so only the phone's limit can stop them
        List<HttpResponse<String>> answers = AtOnce.run(PARALLEL, i -> () -> forms.get(i).send(new CodeForm.Someone(phone.name(),
                "race" + i + "-" + phone.email(), phone.typedPhone(), phone.e164())));
        long refused = answers.stream().filter(a -> a.body().contains("Забагато запитів на коди")).count();
        assertThat(TestDatabase.count("select count(*) from sign_in_challenge where person_key = ?",
                TestDatabase.personKey("phone:" + phone.e164()))).as("codes sent to the phone").isEqualTo(3);
        assertThat(refused).isEqualTo(PARALLEL - 3);
    }

    @Test
    void thirtyWrongGuessesAtOnceAllCount() throws Exception {
        CodeForm.Someone guesser = CodeForm.Someone.random("Паралельний Підбирач");
        CodeForm form = new CodeForm(base).open("/");
        form.send(guesser);
        atTheStartOfAMinute();
        List<HttpResponse<String>> answers = form.confirmAtOnce(PARALLEL, "000000", "000000");
        Map<String, List<String>> byOutcome = answers.stream().collect(Collectors.groupingBy(CodeSignInRacesIT::outcome,
                Collectors.mapping(a -> a.statusCode() + " " + TITLE.matcher(a.body()).results().map(m -> m.group(1)).findFirst().orElse(""),
                        Collectors.toList())));
        assertThat(byOutcome.keySet()).as("every answer a wrong guess, a lock or a form refused before any guess: %s", byOutcome)
                .isSubsetOf("wrong", "locked", "expired");
        assertThat(byOutcome.getOrDefault("wrong", List.of())).as("answered as a wrong guess with attempts left").hasSize(4);
        // Thirty postbacks of one view at once: the session keeps the last fifteen states of a view,
        // so on a loaded machine a request restored after fifteen others answered finds its form
        // expired - refused before its code is weighed, which is no escape from the count either.
        assertThat(byOutcome.getOrDefault("locked", List.of()).size() + byOutcome.getOrDefault("expired", List.of()).size())
                .as("answered as locked (or the form expired): %s", byOutcome).isEqualTo(PARALLEL - 4);
        assertThat(TestDatabase.count("select wrong_attempts from sign_in_challenge where person_key = ?",
                TestDatabase.personKey("phone:" + guesser.e164()))).isEqualTo(5);
    }

    private static String outcome(HttpResponse<String> answer) {
        String body = answer.body();
        return body.contains("Залишилось спроб") ? "wrong"
                : body.contains("Забагато неправильних спроб") ? "locked"
                : answer.statusCode() == 400 && body.contains("Форма застаріла") ? "expired" : "other";
    }

    /**
     * Thirty guesses at once need half of one client's confirmations a minute
     * (CodeSignIns.CONFIRMS_PER_CLIENT_MINUTE, counted per fixed minute in memory and shared by
     * every test, since all come from 127.0.0.1): started as a minute begins, the tests before
     * this one cannot have used them up.
     */
    private static void atTheStartOfAMinute() throws InterruptedException {
        Thread.sleep(60_000 - System.currentTimeMillis() % 60_000 + 200);
    }

    @Test
    void wrongGuessesFromAnotherAddressDoNotKeepThePhonesOwnerOut() throws Exception {
        CodeForm.Someone owner = CodeForm.Someone.random("Власниця Телефону");
        String key = TestDatabase.personKey("phone:" + owner.e164());
        CodeForm guesser = new CodeForm(base).open("/");
        guesser.send(owner); // someone asks for codes to the owner's phone and guesses
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = guesser.confirm("000000", "000000");
        }
        assertThat(last.body()).contains("Забагато неправильних спроб");
        assertThat(guesser.change().statusCode()).isEqualTo(200);
        assertThat(guesser.send(owner).body()).as("the guessing client stays locked out").contains("Забагато неправильних спроб");

        // the same guesses made from another address (every test request comes from 127.0.0.1)
        TestDatabase.execute("update sign_in_challenge set client_key = 'client:elsewhere' where person_key = ?", key);
        CodeForm ownersPhone = new CodeForm(base).open("/");
        HttpResponse<String> signedIn = ownersPhone.signIn(owner, inbox);
        assertThat(signedIn.body()).doesNotContain("Забагато неправильних спроб");
        assertThat(ownersPhone.browser.sessionCookie()).isNotNull();
        assertThat(TestDatabase.count("select count(*) from person where person_key = ?", key)).as("signed in").isEqualTo(1);
    }

    @Test
    void gatesNobodyUsedForADayGoAtTheNextSend() throws Exception {
        TestDatabase.execute("insert into sign_in_gate (gate, touched_at) values ('test:idle', now(6) - interval 2 day)");
        TestDatabase.execute("insert into sign_in_gate (gate, touched_at) values ('test:recent', now(6) - interval 1 hour)");
        new CodeForm(base).open("/").send(CodeForm.Someone.random("Прибиральниця Воріт"));
        assertThat(TestDatabase.count("select count(*) from sign_in_gate where gate = 'test:idle'")).as("idle for two days").isZero();
        assertThat(TestDatabase.count("select count(*) from sign_in_gate where gate = 'test:recent'")).as("used an hour ago").isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from sign_in_gate where touched_at > now(6) - interval 1 minute"))
                .as("the send's own phone, e-mail and client").isGreaterThanOrEqualTo(3);
    }
}
