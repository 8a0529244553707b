package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * locks after five, so no more than five are ever weighed).
 */
class CodeSignInRacesIT {
    private static final int PARALLEL = 30;
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
        List<HttpResponse<String>> answers = form.confirmAtOnce(PARALLEL, "000000", "000000");
        long wrong = answers.stream().filter(a -> a.body().contains("Залишилось спроб")).count();
        long locked = answers.stream().filter(a -> a.body().contains("Забагато неправильних спроб")).count();
        assertThat(wrong).as("answered as a wrong guess with attempts left").isEqualTo(4);
        assertThat(locked).as("answered as locked").isEqualTo(PARALLEL - 4);
        assertThat(TestDatabase.count("select wrong_attempts from sign_in_challenge where person_key = ?",
                TestDatabase.personKey("phone:" + guesser.e164()))).isEqualTo(5);
    }
}
