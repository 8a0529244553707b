package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Over HTTP, signed in: a moderator of community A opens A's console pages, and every console
 * page of community B, and of the platform, answers 403 — the pages reach the same bean checks.
 */
class CrossCommunityConsoleIT {
    private static final String A = "cross-a";
    private static final String B = "cross-b";
    private static final List<String> CONSOLE = List.of("/admin/", "/admin/settings", "/admin/roles", "/admin/audit",
            "/admin/audit.csv", "/admin/access");
    private static long communityA;

    @BeforeAll
    static void communities() throws Exception {
        communityA = TestDatabase.community(A, "Громада А", "Community A");
        TestDatabase.community(B, "Громада Б", "Community B");
    }

    @Test
    void moderatorOfOneCommunityIsRefusedAnothersConsoleAndThePlatforms() throws Exception {
        String identifier = NationalIdentifiers.random();
        Browserless browser = new Browserless();
        browser.signIn("/" + A + "/", "cross-" + identifier, identifier, "Модератор Громади А");
        long person = TestDatabase.count("select id from person where person_key = ?", TestDatabase.personKey(identifier));
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, ?, 'LOCAL_MODERATOR', now(6), 'test')", person, communityA);

        String base = ItSettings.baseUrl();
        for (String page : CONSOLE) {
            assertThat(browser.get(base + "/" + A + page).statusCode()).as("A" + page).isEqualTo(200);
            assertThat(browser.get(base + "/" + B + page).statusCode()).as("B" + page).isEqualTo(403);
        }
        for (String page : List.of("/platform/", "/platform/audit.xhtml", "/platform/audit.csv", "/platform/moderators.xhtml")) {
            assertThat(browser.get(base + page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(new Browserless().get(base + "/" + A + "/admin/settings").statusCode()).as("anonymous: to sign-in")
                .isEqualTo(302);
    }
}
