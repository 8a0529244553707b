package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Anonymous readers of a public petition get a page rendered at most a few seconds ago, with an
 * ETag (304 when they have it) and no HTTP session; a signed-in person who signs sees their own
 * signature at once, and the readers see the new count within five seconds.
 */
class PublicPageCacheIT {
    private static final String SLUG = "page-cache";
    private static final Pattern COUNT = Pattern.compile("id=\"signature-count\">(\\d+) з");
    private static long petition;
    private static String signer;

    @BeforeAll
    static void aCollectingPetition() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада кешу", "Cache Community", "petitions");
        long author = TestDatabase.personWithRole(identifier(), "Авторка Кешу", community, "RESIDENT");
        petition = TestDatabase.collectingPetition(community, author, "Петиція, яку читають тисячі");
        TestDatabase.signature(petition, community, author);
        TestDatabase.countWithin(20, 1, "select signature_count from petition where id = ?", petition);
        signer = identifier();
        TestDatabase.personWithRole(signer, "Підписант Кешу", community, "RESIDENT");
    }

    @Test
    void readersShareARecentRenderingAndASignerSeesTheirSignatureAtOnce() throws Exception {
        String page = ItSettings.baseUrl() + "/" + SLUG + "/petitions/" + petition;
        Browserless reader = Browserless.keepingNoCookies();
        HttpResponse<String> first = reader.get(page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=3");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(count(first)).isEqualTo(1);
        HttpResponse<String> again = reader.send(HttpRequest.newBuilder(URI.create(page)).header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).as("the reader has it").isEqualTo(304);
        for (int i = 0; i < 100; i++) {
            assertThat(reader.get(page).headers().allValues("Set-Cookie")).as("no session for readers").isEmpty();
        }

        CabinetClient person = new CabinetClient(signer, "Підписант Кешу");
        HttpResponse<String> signedIn = person.get("/" + SLUG + "/petitions/" + petition);
        assertThat(signedIn.headers().firstValue("Cache-Control").orElse("")).as("never from the cache").doesNotContain("public");
        HttpResponse<String> signed = person.submit("/" + SLUG + "/petitions/" + petition, signedIn, "sign", "sign:sign-button", Map.of());
        assertThat(signed.body()).contains("Ваш підпис враховано", "Ви підписали цю петицію");
        assertThat(person.get("/" + SLUG + "/petitions/" + petition).body()).as("their own state, fresh").contains("Ви підписали цю петицію");

        // readers: the count catches up within the tally (2 s) and the cache (3 s)
        long deadline = System.nanoTime() + 10_000_000_000L;
        int shown = count(reader.get(page));
        while (shown != 2 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            shown = count(reader.get(page));
        }
        assertThat(shown).as("readers see the new count within seconds").isEqualTo(2);
        assertThat(reader.get(page).body()).doesNotContain("Ви підписали цю петицію");
    }

    private static int count(HttpResponse<String> page) {
        return Integer.parseInt(CabinetClient.find(COUNT, page.body()));
    }

    private static String identifier() {
        return NationalIdentifiers.random();
    }
}
