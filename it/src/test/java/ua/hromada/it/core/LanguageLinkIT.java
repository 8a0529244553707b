package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CodeForm;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * The language link never carries what a form posted nor the view state (so following it repeats
 * no action and leaks nothing into addresses and logs); it keeps the page's own query (filters).
 */
class LanguageLinkIT {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private static List<String> links(HttpResponse<String> page) {
        Matcher m = HREF.matcher(page.body());
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8));
        }
        assertThat(links).as("the page has links").isNotEmpty();
        return links;
    }

    private static String languageLink(HttpResponse<String> page) {
        return links(page).stream().filter(l -> l.contains("lang=en")).findFirst().orElseThrow();
    }

    @Test
    void afterAFormIsPostedNoLinkCarriesWhatItPostedOrTheViewState() {
        CodeForm form = new CodeForm(ItSettings.baseUrl()).open("/cabinet/");
        CodeForm.Someone someone = new CodeForm.Someone("Тарас Мовний", "taras-lang@hromada.example", "(067) 555-12-34", "+380675551234");
        HttpResponse<String> answer = form.send(someone);
        assertThat(answer.statusCode()).isEqualTo(200);
        for (String link : links(answer)) {
            assertThat(link).as("a link on the answer page").doesNotContain("ViewState", "taras-lang", "555-12-34", "Тарас",
                    "code:send", "code:email");
        }
        assertThat(languageLink(answer)).startsWith("/signin/code.xhtml?");
    }

    @Test
    void aPageKeepsItsQueryButNoFieldOrViewState() throws Exception {
        String slug = "language-link";
        long id = TestDatabase.communityWith(slug, "Громада мов", "Languages Community", "petitions");
        HttpResponse<String> list = Http.get("/" + slug + "/petitions?status=COLLECTING&q=lavky&search%3Aplanted=yes&lang=uk");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(languageLink(list)).startsWith("/" + slug + "/petitions?").contains("status=COLLECTING", "q=lavky", "lang=en")
                .doesNotContain("planted", "lang=uk");
    }
}
