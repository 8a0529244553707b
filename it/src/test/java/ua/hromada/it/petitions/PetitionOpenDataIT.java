package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionTally;
import ua.hromada.petitions.Signing;

/** The petitions API and open data over HTTP, against petitions made through the real beans. */
@ExtendWith(ArquillianExtension.class)
class PetitionOpenDataIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("petition-open-data-it", PetitionOpenDataIT.class, PetitionWorld.class);
    }

    @Test
    void publicPetitionsAreListedCountedAndOpenAsJsonAndCsvDraftsAreNot() {
        PetitionWorld world = new PetitionWorld("open-data", Map.of(PetitionRules.THRESHOLD, "50", PetitionRules.TEXT_MIN, "50"));
        long author = world.person("Леся Авторка", Role.RESIDENT);
        long moderator = world.person("Роман Модератор", Role.LOCAL_MODERATOR);
        long id = world.published(author, moderator, "Сквер на місці пустиря");
        long signer = world.person("Оля Підписантка", Role.RESIDENT);
        world.as(signer, () -> InContainer.bean(Signing.class).sign(id));
        long draft = world.as(author, () -> world.petitions.create("Таємна чернетка", PetitionWorld.TEXT, PetitionCategory.OTHER).id());
        world.in(PetitionWorld.ADMIN, () -> InContainer.bean(PetitionTally.class).settle(-1, Instant.now()));
        String base = InContainer.baseUrl() + "/api/v1/communities/" + world.slug;

        HttpResponse<String> list = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/petitions?sort=most_signed", "uk");
        assertEquals(200, list.statusCode());
        contains(list.body(), "\"title\":\"Сквер на місці пустиря\"", "\"signatures\":2", "\"threshold\":50");
        assertFalse(list.body().contains("Таємна чернетка"), "drafts are not listed");
        contains(get(base + "/petitions/" + id + "/signatures/count").body(), "\"signatures\":2");
        contains(get(base + "/petitions/" + id + "/signatures").body(), "Леся Авторка", "Оля Підписантка");
        assertEquals(404, get(base + "/petitions/" + draft).statusCode(), "a draft is not public");
        assertEquals(400, get(base + "/petitions/abc").statusCode());
        HttpResponse<String> badSort = get(base + "/petitions?sort=loudest");
        assertEquals(400, badSort.statusCode());
        assertTrue(badSort.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        String json = get(base + "/open-data/petitions").body();
        contains(json, "\"id\":" + id, "\"status\":\"COLLECTING\"");
        assertFalse(json.contains("Таємна чернетка"));
        HttpResponse<String> csv = get(base + "/open-data/petitions.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\ufeffid,community,title,category,status,signatures,threshold"), csv.body());
        contains(csv.body(), id + "," + world.slug + ",Сквер на місці пустиря,TRANSPORT,COLLECTING,2,50");
        String platform = get(InContainer.baseUrl() + "/api/v1/open-data/petitions.csv").body();
        contains(platform, id + "," + world.slug + ",Сквер на місці пустиря");
        assertFalse(platform.contains("Таємна чернетка"));
    }

    @Test
    void terminalsSignThroughTheApiWithAPersonalTokenOfScopeSign() throws Exception {
        PetitionWorld world = new PetitionWorld("api-sign", Map.of(PetitionRules.THRESHOLD, "50", PetitionRules.TEXT_MIN, "50"));
        long id = world.published(world.person("Автор Терміналу", Role.RESIDENT), world.person("Модераторка", Role.LOCAL_MODERATOR),
                "Лавки на зупинках");
        long resident = world.person("Мешканка з терміналу", Role.RESIDENT);
        ApiTokens tokens = InContainer.bean(ApiTokens.class);
        Instant in30days = Instant.now().plus(Duration.ofDays(30));
        String sign = world.as(resident, () -> tokens.issue(world.community, TokenScope.SIGN, "термінал", in30days)).secret();
        String read = world.as(resident, () -> tokens.issue(world.community, TokenScope.READ, "скрипт", in30days)).secret();
        String path = "/api/v1/communities/" + world.slug + "/petitions/" + id + "/signatures";

        assertEquals(401, post(path, null).statusCode(), "nobody signs anonymously");
        assertEquals(403, post(path, read).statusCode(), "a READ token does not sign");
        HttpResponse<String> signed = post(path, sign);
        assertEquals(201, signed.statusCode(), signed.body());
        contains(signed.body(), "\"signedAt\"");
        HttpResponse<String> again = post(path, sign);
        assertEquals(409, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        PetitionWorld other = new PetitionWorld("api-sign-b", Map.of());
        assertEquals(403, post("/api/v1/communities/" + other.slug + "/petitions/" + id + "/signatures", sign).statusCode(),
                "a token works only in its own community");
        world.in(PetitionWorld.ADMIN, () -> InContainer.bean(PetitionTally.class).settle(-1, Instant.now()));
        contains(get(InContainer.baseUrl() + "/api/v1/communities/" + world.slug + "/petitions/" + id + "/signatures/count").body(),
                "\"signatures\":2");
    }

    private static HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(InContainer.baseUrl() + path))
                .header("Accept-Language", "uk").POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void contains(String body, String... parts) {
        for (String part : parts) {
            assertTrue(body.contains(part), "expected " + part + " in " + body);
        }
    }

    private static HttpResponse<String> get(String url) {
        return Http.get(url, "", "uk");
    }
}
