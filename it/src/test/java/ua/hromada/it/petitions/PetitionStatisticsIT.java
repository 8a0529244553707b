package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * The statistics contract over HTTP: a community's figures come from the tools it has on and
 * count public petitions only; the platform's figures cover every community.
 */
class PetitionStatisticsIT {
    private static final String SLUG = "petition-statistics";
    private static final String WITHOUT = "statistics-without-tools";

    @BeforeAll
    static void petitionsInEveryState() throws Exception {
        long community = TestDatabase.community(SLUG, "Громада статистики", "Statistics Community");
        TestDatabase.community(WITHOUT, "Громада без інструментів", "Community Without Tools");
        TestDatabase.execute("insert ignore into community_tool (community_id, tool) values (?, 'petitions')", community);
        long author = TestDatabase.personWithRole(NationalIdentifiers.random(),
                "Автор Статистики", community, "RESIDENT");
        long first = TestDatabase.collectingPetition(community, author, "Перша, що збирає");
        long second = TestDatabase.collectingPetition(community, author, "Друга, що збирає");
        long answered = TestDatabase.collectingPetition(community, author, "Та, що отримала відповідь");
        TestDatabase.submittedPetition(community, author, "Та, що на модерації");
        TestDatabase.execute("update petition set signature_count = 7 where id = ?", first);
        TestDatabase.execute("update petition set signature_count = 5 where id = ?", second);
        TestDatabase.execute("update petition set status = 'ANSWERED', signature_count = 100 where id = ?", answered);
    }

    @Test
    void aCommunitysFiguresCountItsPublicPetitions() {
        var response = Http.get("/api/v1/communities/" + SLUG + "/statistics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"community\":\"" + SLUG + "\"", "\"tool\":\"petitions\"", "\"name\":\"Електронні петиції\"",
                figure("published", "Оприлюднені петиції", 3), figure("collecting", "Збирають підписи", 2),
                figure("answered", "Отримали відповідь", 1), figure("signatures", "Підписів під оприлюдненими петиціями", 112));
        assertThat(Http.get("/api/v1/communities/" + SLUG + "/statistics", "en").body()).contains("\"label\":\"Collecting signatures\"");
        assertThat(Http.get("/api/v1/communities/" + WITHOUT + "/statistics").body()).as("no tools on, no figures")
                .contains("\"tools\":[]");
        assertThat(Http.get("/api/v1/communities/no-such-community/statistics").statusCode()).isEqualTo(404);
    }

    @Test
    void thePlatformsFiguresCoverEveryCommunity() {
        String platform = Http.get("/api/v1/statistics").body();
        assertThat(platform).as("no community: the whole platform").doesNotContain("\"community\"").contains("\"tool\":\"petitions\"");
        assertThat(value(platform, "published")).isGreaterThanOrEqualTo(3);
        assertThat(value(platform, "signatures")).isGreaterThanOrEqualTo(112);
    }

    private static String figure(String name, String label, long value) {
        return "{\"name\":\"" + name + "\",\"label\":\"" + label + "\",\"value\":" + value + "}";
    }

    private static long value(String json, String name) {
        Matcher m = Pattern.compile("\"name\":\"" + name + "\",\"label\":\"[^\"]*\",\"value\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
