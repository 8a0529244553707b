package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.DepartmentStaff;
import ua.hromada.appeals.Appeals;
import ua.hromada.appeals.Departments;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * The appeals API over HTTP against the real server: a person's token reads their own appeals
 * only (another person's is "not found") and files one the cabinet then lists; tokens of another
 * community or scope are refused and the secretariat's work is never done with a token; the open
 * data counts seeded appeals per month in the community's time zone, kind, status and department,
 * on time and late, without anything personal, and its CSV is formula-safe.
 */
@ExtendWith(ArquillianExtension.class)
class AppealsApiIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("appeals-api-it", AppealsApiIT.class, AppealsWorld.class);
    }

    private AppealsWorld world;
    private long resident;
    private long secretary;
    private String api;

    @BeforeEach
    void world() {
        world = new AppealsWorld("appeals-api");
        resident = world.person("Олена Заявниця", Role.RESIDENT);
        secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        api = "/api/v1/communities/" + world.slug + "/appeals";
    }

    @Test
    void aReadTokenListsAndReadsItsOwnersAppealsOnlyAndAnotherPersonsIsNotFound() {
        long department = department("Відділ благоустрою");
        long first = world.file(resident, AppealKind.STATEMENT);
        long second = world.as(resident, () -> world.appeals.file(new Appeals.Filing(AppealKind.INFORMATION_REQUEST, department,
                "Кошторис ремонту тротуару", AppealsWorld.TEXT, null, true)).id());
        long neighbour = world.person("Сусід Заявниці", Role.RESIDENT);
        long theirs = world.as(neighbour, () -> world.appeals.file(new Appeals.Filing(AppealKind.COMPLAINT, null, "Скарга сусіда на шум",
                AppealsWorld.TEXT, null, false)).id());
        LocalDate filed = LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"));
        world.as(secretary, () -> world.appeals.extend(first, filed.plusDays(40), "Потрібен висновок підрядника."));
        world.as(secretary, () -> world.appeals.answer(first, "Ремонт тротуару внесено до плану робіт на квітень."));
        String read = token(resident, TokenScope.READ);

        JsonObject page = json(Http.getWithToken(InContainer.baseUrl(), api, read), 200);
        assertEquals(List.of(second, first), ids(page), "their own, newest first");
        assertTrue(absent(page, "nextCursor"));
        JsonObject one = json(Http.getWithToken(InContainer.baseUrl(), api + "?limit=1", read), 200);
        assertEquals(List.of(second), ids(one));
        JsonObject next = json(Http.getWithToken(InContainer.baseUrl(), api + "?limit=1&cursor=" + one.getString("nextCursor"), read), 200);
        assertEquals(List.of(first), ids(next));
        assertTrue(absent(next, "nextCursor"));

        JsonObject answered = json(Http.getWithToken(InContainer.baseUrl(), api + "/" + first, read), 200);
        assertEquals("ANSWERED", answered.getString("status"));
        assertEquals("STATEMENT", answered.getString("kind"));
        assertEquals("Ремонт тротуару на Садовій", answered.getString("subject"));
        assertEquals(AppealsWorld.TEXT, answered.getString("text"));
        assertEquals("Ремонт тротуару внесено до плану робіт на квітень.", answered.getString("answer"));
        assertEquals("Потрібен висновок підрядника.", answered.getString("extensionReason"));
        assertFalse(absent(answered, "extendedAt"));
        assertFalse(absent(answered, "answeredAt"));
        assertTrue(answered.getString("number").matches("\\d{4}-\\d{6}"), answered.toString());
        assertTrue(absent(answered, "department"), "to the body as a whole");
        JsonObject request = json(Http.getWithToken(InContainer.baseUrl(), api + "/" + second, read), 200);
        assertEquals("Відділ благоустрою", request.getString("department"));
        assertEquals(department, request.getJsonNumber("departmentId").longValue());
        assertEquals("ELECTRONIC", request.getString("answerForm"));
        assertTrue(absent(request, "answer"));

        HttpResponse<String> others = Http.getWithToken(InContainer.baseUrl(), api + "/" + theirs, read);
        HttpResponse<String> missing = Http.getWithToken(InContainer.baseUrl(), api + "/" + (theirs + 1_000_000), read);
        assertEquals(404, others.statusCode(), "another person's appeal does not exist for this token");
        assertEquals(problemType(missing), problemType(others), "the same answer as for an appeal that does not exist");
        assertFalse(others.body().contains("Скарга сусіда"), others.body());
        assertEquals(List.of(theirs), ids(json(Http.getWithToken(InContainer.baseUrl(), api, token(neighbour, TokenScope.READ)), 200)),
                "the neighbour's token sees the neighbour's only");
        assertEquals(401, Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/appeals/" + first, "uk").statusCode(),
                "nobody reads appeals anonymously");
    }

    @Test
    void aSubmitTokenFilesAnAppealThatTheCabinetListsAndBadInputFilesNothing() {
        long department = department("Відділ транспорту");
        String submit = token(resident, TokenScope.SUBMIT);
        String body = "{\"kind\": \"COMPLAINT\", \"department\": " + department + ", \"subject\": \"Автобус №5 не ходить\","
                + " \"text\": \"Третій день поспіль ранковий автобус №5 не приходить на зупинку біля школи.\"}";
        HttpResponse<String> filed = Http.postJsonWithToken(InContainer.baseUrl(), api, submit, body);
        JsonObject appeal = json(filed, 201);
        long id = appeal.getJsonNumber("id").longValue();
        assertEquals(api + "/" + id, filed.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(""));
        assertEquals("REGISTERED", appeal.getString("status"));
        assertEquals("Відділ транспорту", appeal.getString("department"));
        assertFalse(absent(appeal, "dueAt"));
        assertEquals(1, InContainer.count("select count(*) from appeal where id = ? and applicant_id = ? and community_id = ?", id, resident,
                world.community), "filed for the token's person in its community");
        List<AppealReading.Mine> cabinet = world.as(resident, () -> InContainer.bean(AppealReading.class).mine());
        assertEquals(List.of(appeal.getString("number")), cabinet.stream().map(AppealReading.Mine::number).toList(), "the cabinet lists it");

        assertEquals(400, Http.postJsonWithToken(InContainer.baseUrl(), api, submit, "{\"kind\": ").statusCode());
        assertEquals(400, Http.postJsonWithToken(InContainer.baseUrl(), api, submit, "{\"department\": \"abc\"}").statusCode());
        HttpResponse<String> unknownKind = Http.postJsonWithToken(InContainer.baseUrl(), api, submit, body.replace("COMPLAINT", "RANT"));
        assertEquals(422, unknownKind.statusCode());
        assertTrue(unknownKind.body().contains("PROPOSAL, STATEMENT, COMPLAINT, INFORMATION_REQUEST"), unknownKind.body());
        HttpResponse<String> shortSubject = Http.postJsonWithToken(InContainer.baseUrl(), api, submit,
                body.replace("Автобус №5 не ходить", "Ой"));
        assertEquals(422, shortSubject.statusCode());
        assertEquals("urn:hromada:problem:appeals.subject.length", problemType(shortSubject));
        assertTrue(shortSubject.body().contains("The subject is 5 to 200 characters."), "in the language asked: " + shortSubject.body());
        AppealsWorld elsewhere = new AppealsWorld("appeals-api-dept");
        long foreign = elsewhere.as(elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER), () -> InContainer.bean(Departments.class)
                .add("Чужий відділ", null).id());
        assertEquals(404, Http.postJsonWithToken(InContainer.baseUrl(), api, submit, body.replace(": " + department + ",", ": " + foreign + ","))
                .statusCode(), "a department of another community is unknown here");
        assertEquals(1, InContainer.count("select count(*) from appeal where applicant_id = ?", resident), "nothing else filed");

        assertEquals(403, Http.getWithToken(InContainer.baseUrl(), api, submit).statusCode(), "a SUBMIT token does not read");
        assertEquals(403, Http.postJsonWithToken(InContainer.baseUrl(), api, token(resident, TokenScope.READ), body).statusCode(),
                "a READ token does not file");
        assertEquals(403, Http.postJsonWithToken(InContainer.baseUrl(), api, token(resident, TokenScope.SIGN), body).statusCode(),
                "nor does a SIGN token");
        int anonymous = Http.postJsonWithToken(InContainer.baseUrl(), api, null, body).statusCode();
        assertEquals(401, anonymous, "nobody files anonymously");
    }

    @Test
    void filingIsLimitedToFiveTriesAMinutePerPerson() {
        String submit = token(world.person("Скриптова Заявниця"), TokenScope.SUBMIT);
        String body = "{\"kind\": \"PROPOSAL\", \"subject\": \"Лавки біля ставка\", \"text\": \"" + AppealsWorld.TEXT + "\"}";
        List<Integer> statuses = new ArrayList<>();
        // a new minute may start during the run and reset the count once: eleven tries meet the limit either way
        for (int i = 0; i < 11 && !statuses.contains(429); i++) {
            statuses.add(Http.postJsonWithToken(InContainer.baseUrl(), api, submit, body).statusCode());
        }
        assertTrue(statuses.contains(429), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 201).count() >= 5, statuses.toString());
    }

    @Test
    void tokensOfAnotherCommunityAreRefusedAndTheSecretariatsWorkIsNeverDoneWithAToken() {
        long id = world.file(resident, AppealKind.STATEMENT);
        AppealsWorld elsewhere = new AppealsWorld("appeals-api-other");
        String foreign = elsewhere.as(resident, () -> InContainer.bean(ApiTokens.class).issue(elsewhere.community, TokenScope.READ, "Чужий",
                Instant.now().plus(Duration.ofDays(30)))).secret();
        assertEquals(403, Http.getWithToken(InContainer.baseUrl(), api, foreign).statusCode(), "a token of another community");
        assertEquals(403, Http.getWithToken(InContainer.baseUrl(), api + "/" + id, foreign).statusCode());
        assertEquals(List.of(), ids(json(Http.getWithToken(InContainer.baseUrl(), "/api/v1/communities/" + elsewhere.slug + "/appeals",
                foreign), 200)), "in its own community it finds none of the person's appeals here");

        String officersToken = token(secretary, TokenScope.READ);
        assertEquals(404, Http.getWithToken(InContainer.baseUrl(), api + "/" + id, officersToken).statusCode(),
                "the secretariat's token reads its own appeals only, not the community's");
        AppealReading reading = InContainer.bean(AppealReading.class);
        for (TokenScope scope : TokenScope.values()) {
            Actor bot = world.actor(secretary).through(new TokenAccess(1, world.community, scope));
            List<Supplier<Object>> official = List.of(() -> reading.handled(id), () -> reading.queue(new TableQuery(0, 20, null, false,
                    null), AppealReading.QueueFilter.all()), () -> world.appeals.answer(id, "Відповідь через токен не дається ніколи."), () -> world.appeals.route(id,
                    null, "Через токен не маршрутизують."), () -> world.appeals.extend(id, LocalDate.now().plusDays(40),
                    "Через токен не продовжують."), () -> InContainer.bean(Departments.class).add("Відділ бота", null));
            for (Supplier<Object> call : official) {
                ForbiddenException refused = assertThrows(ForbiddenException.class, () -> world.in(bot, call), scope.name());
                assertEquals("access.forbidden", refused.messageKey());
            }
            assertTrue(world.in(bot, reading::waiting).isEmpty(), "no console queue counts through a token");
        }
        assertEquals(0, InContainer.count("select count(*) from appeal where id = ? and status <> 'REGISTERED'", id));
    }

    @Test
    void openDataCountsAppealsPerMonthKindStatusAndDepartmentOnTimeAndLateWithNothingPersonal() {
        long department = department("=1+2 Відділ благоустрою");
        // Kyiv time: 2026-02-01 00:30 (winter, UTC+2) is February, 2026-01-31 23:59 January, 2026-07-01 00:00 (summer, UTC+3) July
        long onTime = seeded(AppealKind.STATEMENT, null, "2026-01-31 22:30:00", "2026-03-03 21:59:59", "2026-02-20 10:00:00");
        seeded(AppealKind.STATEMENT, null, "2026-02-10 09:00:00", "2026-03-12 21:59:59", "2026-03-20 10:00:00");
        seeded(AppealKind.STATEMENT, null, "2026-02-15 09:00:00", "2026-03-17 21:59:59", null);
        seeded(AppealKind.COMPLAINT, department, "2026-01-31 21:59:00", "2026-03-02 21:59:59", "2026-03-02 21:59:59");
        seeded(AppealKind.INFORMATION_REQUEST, department, "2026-06-30 21:00:00", "2026-07-07 20:59:59", null);
        List<String> expected = List.of(
                "2026-01 COMPLAINT ANSWERED " + department + " =1+2 Відділ благоустрою 1 1 1",
                "2026-02 STATEMENT REGISTERED - 1 0 0",
                "2026-02 STATEMENT ANSWERED - 2 2 1",
                "2026-07 INFORMATION_REQUEST REGISTERED " + department + " =1+2 Відділ благоустрою 1 0 0");
        String openData = "/api/v1/communities/" + world.slug + "/open-data/appeals";

        HttpResponse<String> all = Http.get(InContainer.baseUrl(), openData, "uk");
        assertEquals(expected, lines(json(all, 200)));
        for (String personal : List.of("Олена Заявниця", "Ремонт тротуару", "Садовій", "2026-0000", "applicant")) {
            assertFalse(all.body().contains(personal), personal + " in " + all.body());
        }
        List<String> paged = new ArrayList<>();
        String cursor = "";
        do {
            JsonObject page = json(Http.get(InContainer.baseUrl(), openData + "?limit=1" + cursor, "uk"), 200);
            paged.addAll(lines(page));
            cursor = absent(page, "nextCursor") ? null : "&cursor=" + page.getString("nextCursor");
        } while (cursor != null && paged.size() < 10);
        assertEquals(expected, paged, "page by page, the same lines");
        assertEquals(400, Http.get(InContainer.baseUrl(), openData + "?cursor=" + URLEncoder.encode("v1:1", StandardCharsets.UTF_8), "uk")
                .statusCode());
        assertEquals(400, Http.get(InContainer.baseUrl(), openData + "?limit=1000", "uk").statusCode());

        HttpResponse<String> csv = Http.get(InContainer.baseUrl(), openData + ".csv", "uk");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\ufeffcommunity,month,kind,status,department_id,department,filed,answered,answered_on_time"),
                csv.body());
        assertTrue(csv.body().contains(world.slug + ",2026-01,COMPLAINT,ANSWERED," + department + ",'=1+2 Відділ благоустрою,1,1,1"),
                "formula-safe: " + csv.body());
        assertTrue(csv.body().contains(world.slug + ",2026-02,STATEMENT,ANSWERED,,,2,2,1"), csv.body());
        assertFalse(csv.body().contains(",=1+2"), "no cell starts a formula");
        assertFalse(csv.body().contains("Олена Заявниця"));
        String platform = Http.get(InContainer.baseUrl(), "/api/v1/open-data/appeals.csv", "uk").body();
        assertTrue(platform.contains(world.slug + ",2026-07,INFORMATION_REQUEST,REGISTERED," + department), "platform-wide too");

        JsonObject catalogue = json(Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/open-data", "en"), 200);
        JsonObject entry = catalogue.getJsonArray("datasets").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("name").equals("appeals")).findFirst().orElseThrow();
        assertEquals(openData + ".csv", entry.getString("csv"));
        assertNotNull(entry.getString("updatedAt", null), "when the counts last changed");
        assertEquals(1, InContainer.count("select count(*) from appeal where id = ? and answered_at is not null", onTime));
    }

    @Test
    void openDataListsTheDirectoryWithContactsHeadsAndOverdueCountsFormulaSafe() {
        Departments departments = InContainer.bean(Departments.class);
        long roads = world.as(secretary, () -> departments.add("=Відділ доріг", "вул. Центральна, 1; пн–пт 9:00–17:00").id());
        long head = world.person("Ігор Керівник", Role.DEPARTMENT_EXECUTOR);
        world.as(secretary, () -> {
            InContainer.bean(DepartmentStaff.class).put(roads, head, true);
            return null;
        });
        long late = world.as(resident, () -> world.appeals.file(new Appeals.Filing(AppealKind.STATEMENT, roads, "Ями на дорозі",
                AppealsWorld.TEXT, null, false)).id());
        world.file(resident, AppealKind.PROPOSAL);
        InContainer.execute("update appeal set due_at = now(6) - interval 1 day where id = ?", late);
        AppealsWorld elsewhere = new AppealsWorld("appeals-api-other");
        long officer = elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER);
        long theirs = elsewhere.as(officer, () -> departments.add("Відділ освіти", null).id());
        String openData = "/api/v1/communities/" + world.slug + "/open-data/appeals-directory";

        JsonObject page = json(Http.get(InContainer.baseUrl(), openData, "uk"), 200);
        assertEquals(1, page.getJsonArray("items").size(), "this community's departments only");
        JsonObject entry = page.getJsonArray("items").getJsonObject(0);
        assertEquals(world.slug, entry.getString("community"));
        assertEquals(roads, entry.getJsonNumber("departmentId").longValue());
        assertEquals("=Відділ доріг", entry.getString("name"));
        assertEquals("вул. Центральна, 1; пн–пт 9:00–17:00", entry.getString("contacts"));
        assertEquals(List.of("Ігор Керівник"), entry.getJsonArray("heads").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, entry.getInt("overdue"), "the late appeal; the one to the body as a whole is not the department's");
        assertFalse(page.toString().contains("Олена Заявниця"));
        assertEquals(400, Http.get(InContainer.baseUrl(), openData + "?limit=0", "uk").statusCode());
        for (String unknown : List.of("/api/v1/open-data/no-such-set", "/api/v1/open-data/no-such-set.csv", "/api/v1/communities/"
                + world.slug + "/open-data/no-such-set", "/api/v1/open-data/appeals.json")) {
            assertEquals(404, Http.get(InContainer.baseUrl(), unknown, "uk").statusCode(), unknown);
        }

        HttpResponse<String> csv = Http.get(InContainer.baseUrl(), openData + ".csv", "uk");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\ufeffcommunity,department_id,name,contacts,heads,overdue"), csv.body());
        assertTrue(csv.body().contains(world.slug + "," + roads + ",'=Відділ доріг,\"вул. Центральна, 1; пн–пт 9:00–17:00\",Ігор Керівник,1"),
                "formula-safe and quoted: " + csv.body());
        String platform = Http.get(InContainer.baseUrl(), "/api/v1/open-data/appeals-directory.csv", "uk").body();
        assertTrue(platform.contains(world.slug + "," + roads + ",") && platform.contains(elsewhere.slug + "," + theirs + ",Відділ освіти"),
                "platform-wide, every community's");

        JsonObject catalogue = json(Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/open-data", "uk"), 200);
        JsonObject listed = catalogue.getJsonArray("datasets").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("name").equals("appeals-directory")).findFirst().orElseThrow();
        assertEquals(openData + ".csv", listed.getString("csv"));
        Instant changed = Instant.parse(listed.getString("updatedAt"));
        world.as(secretary, () -> departments.edit(roads, "Відділ доріг і мостів", "вул. Центральна, 1"));
        JsonObject again = json(Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/open-data", "uk"), 200);
        assertTrue(again.getJsonArray("datasets").stream().map(JsonValue::asJsonObject).filter(d -> d.getString("name")
                .equals("appeals-directory")).anyMatch(d -> Instant.parse(d.getString("updatedAt")).isAfter(changed)), "an edit changes the entry");
    }

    /** An appeal of the resident filed through the bean, then moved to the given UTC times (answered when {@code answeredAt} is set). */
    private long seeded(AppealKind kind, Long department, String filedAt, String dueAt, String answeredAt) {
        long id = world.as(resident, () -> world.appeals.file(new Appeals.Filing(kind, department, "Ремонт тротуару на Садовій",
                AppealsWorld.TEXT, null, false)).id());
        if (answeredAt != null) {
            world.as(secretary, () -> world.appeals.answer(id, "Ремонт тротуару на Садовій внесено до плану робіт."));
        }
        InContainer.execute("update appeal set filed_at = ?, due_at = ?, answered_at = ? where id = ?", filedAt, dueAt, answeredAt, id);
        return id;
    }

    private long department(String name) {
        return world.as(secretary, () -> InContainer.bean(Departments.class).add(name, null).id());
    }

    private String token(long person, TokenScope scope) {
        return world.as(person, () -> InContainer.bean(ApiTokens.class).issue(world.community, scope, "Бот " + scope,
                Instant.now().plus(Duration.ofDays(30)))).secret();
    }

    /** The open data's lines of this world's community: month, kind, status, department (- for none), filed, answered, on time. */
    private List<String> lines(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(r -> r.getString("community").equals(world.slug))
                .map(r -> String.join(" ", r.getString("month"), r.getString("kind"), r.getString("status"),
                        absent(r, "departmentId") ? "-" : r.getJsonNumber("departmentId") + " " + r.getString("department"),
                        String.valueOf(r.getInt("filed")), String.valueOf(r.getInt("answered")), String.valueOf(r.getInt("answeredOnTime"))))
                .toList();
    }

    /** JSON-B leaves null fields out: absent and null say the same. */
    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject json(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String problemType(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject().getString("type");
    }
}
