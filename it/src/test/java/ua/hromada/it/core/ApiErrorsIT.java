package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.TestDatabase;

/** The API answers bad input with localised RFC 9457 problems, never a stack trace. */
class ApiErrorsIT {
    private static final String SLUG = "api-errors";

    @BeforeAll
    static void community() throws Exception {
        long id = TestDatabase.community(SLUG, "Громада для API", "API community");
        for (int i = 0; i < 3; i++) {
            TestDatabase.announcement(id, "Announcement " + i, "Body " + i, "PUBLISHED", Instant.now().minusSeconds(60 - i));
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("at ua.");
    }

    @Test
    void malformedParametersAre400() {
        for (String query : new String[] {"limit=abc", "limit=0", "limit=101", "limit=-5", "cursor=%21%21garbage"}) {
            assertProblem(Http.get("/api/v1/communities?" + query), 400);
            assertProblem(Http.get("/api/v1/communities/" + SLUG + "/announcements?" + query), 400);
        }
        assertProblem(Http.get("/api/v1/communities/" + SLUG + "/announcements/not-a-number"), 400);
    }

    @Test
    void unknownCommunityAnnouncementOrPathIs404() {
        assertProblem(Http.get("/api/v1/communities/no-such-community"), 404);
        assertProblem(Http.get("/api/v1/communities/no-such-community/announcements"), 404);
        assertProblem(Http.get("/api/v1/communities/" + SLUG + "/announcements/999999999"), 404);
        assertProblem(Http.get("/api/v1/no-such-resource"), 404);
    }

    @Test
    void overLongSearchIs422AndDetailFollowsAcceptLanguage() {
        String q = "x".repeat(101);
        HttpResponse<String> uk = Http.get("/api/v1/communities?q=" + q, "uk");
        assertProblem(uk, 422);
        assertThat(uk.body()).contains("Пошуковий запит задовгий");
        HttpResponse<String> en = Http.get("/api/v1/communities?q=" + q, "en-GB,en;q=0.9");
        assertProblem(en, 422);
        assertThat(en.body()).contains("The search is too long");
    }

    @Test
    void listsArePaginatedWithACursor() {
        HttpResponse<String> first = Http.get("/api/v1/communities/" + SLUG + "/announcements?limit=2");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Announcement 2", "Announcement 1").doesNotContain("Announcement 0");
        String cursor = first.body().replaceAll(".*\"nextCursor\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> second = Http.get("/api/v1/communities/" + SLUG + "/announcements?limit=2&cursor=" + cursor);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Announcement 0").doesNotContain("Announcement 1").doesNotContain("nextCursor\":\"");
    }

    @Test
    void healthAndOpenApiAreServed() {
        HttpResponse<String> health = Http.get("/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "database");
        HttpResponse<String> openapi = Http.get("/api/v1/openapi.yaml");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).startsWith("openapi: 3").contains("/communities/{community}/announcements");
    }
}
