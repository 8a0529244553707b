package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.TestDatabase;

/** The portal shell: landing search, community home, language switch and localised error pages. */
class PortalPagesIT {
    private static final String SLUG = "portal-pages";

    @BeforeAll
    static void community() throws Exception {
        long id = TestDatabase.community(SLUG, "Громада порталу", "Portal Community");
        TestDatabase.announcement(id, "Збори мешканців", "У суботу о 10:00", "PUBLISHED", Instant.now().minusSeconds(5));
        TestDatabase.announcement(id, "Draft not shown", "Scheduled", "SCHEDULED", Instant.now().plusSeconds(86400));
    }

    @Test
    void landingPageFindsCommunitiesByName() {
        HttpResponse<String> page = Http.get("/?q=%D0%BF%D0%BE%D1%80%D1%82%D0%B0%D0%BB%D1%83"); // "порталу"
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"uk\"", "Знайдіть свою громаду", "href=\"/" + SLUG + "/\"");
        assertThat(Http.get("/?q=zzzz-nothing").body()).contains("Громад не знайдено").doesNotContain("href=\"/" + SLUG + "/\"");
    }

    @Test
    void overLongSearchShowsALocalisedErrorNotAFailure() {
        HttpResponse<String> page = Http.get("/?q=" + "x".repeat(150));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Пошуковий запит задовгий");
    }

    @Test
    void communityHomeShowsNameToolsAndPublishedAnnouncementsOnly() {
        HttpResponse<String> page = Http.get("/" + SLUG + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Громада порталу", "Збори мешканців").doesNotContain("Draft not shown");
        assertThat(Http.get("/" + SLUG).statusCode()).isEqualTo(200);
    }

    @Test
    void homeShowsCardsOfRegisteredEnabledToolsOnly() throws Exception {
        String slug = "portal-tools";
        long id = TestDatabase.community(slug, "Громада карток", "Cards Community");
        // 'opencity': a row of a tool no manifest registers (left by an earlier version) stays inert
        TestDatabase.execute("insert into community_tool (community_id, tool) values (?, 'petitions'), (?, 'opencity')", id, id);
        String home = Http.get("/" + slug + "/").body();
        assertThat(home).contains("data-tool=\"petitions\"", "Електронні петиції", "href=\"/" + slug + "/petitions\"",
                "Зараз жодна не збирає підписи").doesNotContain("data-tool=\"opencity\"");
        assertThat(Http.get("/" + slug + "/?lang=en").body()).contains("E-petitions", "None collecting signatures now");
        assertThat(Http.get("/api/v1/communities/" + slug).body()).contains("\"tools\":[\"petitions\"]");
        assertThat(Http.get("/" + slug + "/opencity").statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + SLUG + "/petitions").statusCode()).as("a switched-off tool has no pages").isEqualTo(404);
        assertThat(Http.get("/" + SLUG + "/").body()).doesNotContain("data-tool=");
        for (String path : new String[] {"/" + slug + "/", "/" + slug + "/petitions"}) {
            // PrimeFaces' head still adds its 20 KB locale file and settings (noted on issue 17); its
            // jQuery, core and widget scripts come only with a widget
            assertThat(Http.get(path).body()).as("%s stays light: no PrimeFaces widget script without a widget", path)
                    .doesNotContainPattern(Http.PRIMEFACES_WIDGET_SCRIPT);
        }
    }

    @Test
    void openDataCataloguesListTheToolsDatasetsWithWorkingLinks() throws Exception {
        String platform = Http.get("/api/v1/open-data").body();
        assertThat(platform).contains("\"licence\":\"CC-BY-4.0\"", "\"name\":\"petitions\"", "\"tool\":\"petitions\"",
                "\"json\":\"/api/v1/open-data/petitions\"", "\"csv\":\"/api/v1/open-data/petitions.csv\"",
                "Петиції громад");
        assertThat(Http.get("/api/v1/open-data", "en").body()).contains("Community petitions");
        assertThat(Http.get("/api/v1/open-data/petitions").statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/v1/open-data/petitions.csv").statusCode()).isEqualTo(200);

        String slug = "portal-open-data";
        long id = TestDatabase.communityWith(slug, "Громада даних", "Data Community", "petitions");
        String base = "/api/v1/communities/" + slug + "/open-data/";
        assertThat(Http.get("/api/v1/communities/" + slug + "/open-data").body())
                .contains("\"json\":\"" + base + "petitions\"", "\"csv\":\"" + base + "petitions.csv\"");
        assertThat(Http.get(base + "petitions").statusCode()).isEqualTo(200);
        assertThat(Http.get(base + "petitions.csv").statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/v1/communities/" + SLUG + "/open-data").body())
                .as("a community without the tool lists none of its datasets").contains("\"datasets\":[]");
    }

    @Test
    void languageSwitchIsRememberedInACookie() {
        HttpResponse<String> english = Http.get("/" + SLUG + "/?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "Portal Community", "Announcements");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("hromada_lang=en"));
    }

    @Test
    void unknownCommunityAndPagesAreLocalised404s() {
        HttpResponse<String> uk = Http.get("/no-such-community/");
        assertThat(uk.statusCode()).isEqualTo(404);
        assertThat(uk.body()).contains("Сторінку не знайдено");
        assertThat(Http.get("/" + SLUG + "/no-such-page").statusCode()).isEqualTo(404);
        assertThat(Http.get("/community/home.xhtml").statusCode()).isEqualTo(404);
        assertThat(Http.get("/Invalid_Slug!/").statusCode()).isEqualTo(404);
    }
}
