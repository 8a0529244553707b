package ua.hromada.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cabinet's switch for optional notices: saved, said so, and the cabinet still shows the person. */
class PersonChoosesNoticesIT {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final String base = ItSettings.baseUrl();

    @Test
    void switchingOptionalNoticesOffIsSavedAndThePageKeepsThePerson() throws Exception {
        Browserless browser = new Browserless();
        String identifier = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        browser.get(browser.signInAtProvider(base, "/cabinet/", "s-" + identifier, identifier, "Ніна Неквапна").callback());
        HttpResponse<String> cabinet = browser.get(base + "/cabinet/");
        assertThat(cabinet.body()).contains("Ніна Неквапна", "id=\"notice-choice:optional\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("notice-choice", "notice-choice");
        form.put("notice-choice:save", "save"); // the box left unticked: optional notices off
        form.put("jakarta.faces.ViewState", viewState(cabinet.body()));
        HttpResponse<String> saved = browser.post(base + "/cabinet/", form);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Вибір сповіщень збережено", "Ніна Неквапна");
        assertThat(TestDatabase.count("select count(*) from person where full_name = ? and optional_notices = false",
                "Ніна Неквапна")).isEqualTo(1);
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertThat(m.find()).as("the form's view state").isTrue();
        return m.group(1);
    }
}
