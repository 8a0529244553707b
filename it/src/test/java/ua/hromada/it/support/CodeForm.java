package ua.hromada.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The e-mail + phone code form of one cookie-keeping client, holding the JSF view state between posts. */
public final class CodeForm {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    public final Browserless browser = new Browserless();
    private final String base;
    String viewState;
    HttpResponse<String> last;

    /** A phone person of the test: random Ukrainian number and e-mail. */
    public record Someone(String name, String email, String typedPhone, String e164) {
        public static Someone random(String name) {
            String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
            return new Someone(name, "p" + n + "@hromada.example", "(067) " + n.substring(0, 3) + "-" + n.substring(3),
                    "+38067" + n);
        }
    }

    public CodeForm(String base) {
        this.base = base;
    }

    public CodeForm open(String returnTo) {
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

    public HttpResponse<String> send(Someone who) {
        return post("send", Map.of("code:name", who.name(), "code:email", who.email(), "code:phone", who.typedPhone()));
    }

    public HttpResponse<String> confirm(String emailCode, String smsCode) {
        return post("confirm", Map.of("code:emailCode", emailCode, "code:smsCode", smsCode));
    }

    /**
     * The same codes entered {@code times} times at once from this form (as a script would): the
     * answers, in no particular order. The form keeps the view state it had.
     */
    public List<HttpResponse<String>> confirmAtOnce(int times, String emailCode, String smsCode) throws Exception {
        Map<String, String> form = Map.of("code", "code", "code:confirm", "confirm", "code:emailCode", emailCode,
                "code:smsCode", smsCode, "jakarta.faces.ViewState", viewState);
        return AtOnce.run(times, i -> () -> browser.post(base + "/signin/code.xhtml", form));
    }

    public HttpResponse<String> change() {
        return post("change", Map.of());
    }

    /** Sends the codes to {@code who} and enters both: signed in with e-mail + phone, on {@code returnTo}. */
    public HttpResponse<String> signIn(Someone who, CodeInbox inbox) throws Exception {
        send(who);
        return confirm(inbox.emailCode(who.email()), CodeInbox.smsCode(who.e164()));
    }

    private void keepViewState() {
        Matcher m = VIEW_STATE.matcher(last.body());
        assertThat(m.find()).as("view state on the page").isTrue();
        viewState = m.group(1);
    }
}
