package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.Surface;
import ua.hromada.it.support.TestDatabase;
import ua.hromada.it.support.TestPhotos;

/**
 * The hostile-input suite: every page and endpoint, read from the application itself
 * ({@link Surface}), asked with malformed, out-of-range, over-long, script, SQL, NUL and
 * path-traversal values in every parameter it reads and in its path. Every answer is below 500,
 * carries no stack trace, reflects no markup, and is a localised error page (pages) or
 * {@code application/problem+json} (API); anonymous requests get no HTTP session; forms posted
 * with a missing or foreign view state change nothing. A second walk signs in as an official of
 * community A and asks for every console page and every object page and endpoint with community
 * B's slug and ids: all refused.
 */
class HostileInputWalkIT {
    private static final String A = "walk-a";
    private static final String B = "walk-b";
    private static final String STORED = "<script>alert('stored')</script>";
    private static final String STORED_NAME = "\"><img src=x onerror=alert('name')>";
    /** Values as they travel in an address (already encoded). */
    private static final List<String> HOSTILE = List.of("zz", "-1", "99999999999999999999999", "%00", "%FF%FE",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "%27%20OR%20%271%27%3D%271%27--", "..%2F..%2F..%2F..%2Fetc%2Fpasswd", "NO_SUCH_VALUE", "x".repeat(3000));
    /** Path segments in place of an id or a tool. */
    private static final List<String> HOSTILE_SEGMENTS = List.of("zz", "-1", "1234567890123456789012", "%00",
            "%3Cscript%3E", "..%2F..%2FWEB-INF%2Fweb.xml", "1%3Bdrop%20table%20petition");
    private static final List<String> REFLECTED = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            STORED, STORED_NAME, "<img src=x onerror=alert('name')>");
    private static final Pattern STACK_TRACE = Pattern.compile("Exception|\\tat |Caused by|org\\.jboss|java\\.lang\\.");
    private static final Set<String> ERROR_TITLES = Set.of("Неправильна адреса", "Сторінку не знайдено", "Вхід не вдався",
            "Доступ заборонено", "Форма застаріла");
    private static final String MISSING_ID = "999999999999999999";
    private static final String NO_SUCH_TOOL = "no-such-tool";

    private static long communityA;
    private static long publicInA;
    private static long submittedInA;
    private static long publicInB;
    private static long submittedInB;
    private static long documentInB;
    private static long announcementInB;
    private static long consultationInA;
    private static long draftConsultationInA;
    private static long consultationInB;
    private static long draftConsultationInB;
    private static long contestInB;
    private static long draftContestInB;
    private static long projectInB;
    private static long appealInB;
    private static long draftInA;
    private static long sessionInA;
    private static long draftSessionInA;
    private static long draftInB;
    private static long sessionInB;
    private static long draftSessionInB;
    private static long rollCallInA;
    private static long rollCallInB;
    private static long draftProjectInB;
    private static long commentInA;
    private static long commentInB;
    private static long proposalInA;
    private static long proposalInB;
    private static long voteInB;
    private static String officialOfA;
    private static long deputyInA;
    private static long deputyInB;
    private static long threadInA;
    private static long threadInB;

    @BeforeAll
    static void twoCommunities() throws Exception {
        communityA = TestDatabase.communityWith(A, "Громада обходу А", "Walk Community A", "petitions", "consultations", "budget",
                "appeals", "council", "voting");
        long communityB = TestDatabase.communityWith(B, "Громада обходу Б", "Walk Community B", "petitions", "consultations", "budget",
                "appeals", "council", "voting");
        long authorA = TestDatabase.personWithRole(identifier(), STORED_NAME, communityA, "RESIDENT");
        publicInA = TestDatabase.collectingPetition(communityA, authorA, STORED);
        TestDatabase.signature(publicInA, communityA, authorA);
        submittedInA = TestDatabase.submittedPetition(communityA, authorA, "Чернетка громади А " + STORED);
        consultationInA = TestDatabase.consultation(communityA, "Обговорення громади А " + STORED, "PUBLISHED");
        commentInA = TestDatabase.consultationComment(consultationInA, communityA, authorA, STORED);
        draftConsultationInA = TestDatabase.consultation(communityA, "Чернетка обговорення А " + STORED, "DRAFT");
        proposalInA = TestDatabase.topicProposal(communityA, authorA, "Тема громади А " + STORED);
        long authorB = TestDatabase.personWithRole(identifier(), "Авторка Громади Б", communityB, "RESIDENT");
        publicInB = TestDatabase.collectingPetition(communityB, authorB, "Публічна петиція громади Б");
        submittedInB = TestDatabase.submittedPetition(communityB, authorB, "Непублічна петиція громади Б");
        consultationInB = TestDatabase.consultation(communityB, "Обговорення громади Б", "PUBLISHED");
        draftConsultationInB = TestDatabase.consultation(communityB, "Чернетка обговорення Б", "DRAFT");
        contestInB = TestDatabase.contest(communityB, "Бюджет участі громади Б", "SUBMISSION");
        draftContestInB = TestDatabase.contest(communityB, "Чернетка бюджету участі Б", "DRAFT");
        projectInB = TestDatabase.project(contestInB, communityB, authorB, "SUBMITTED");
        draftProjectInB = TestDatabase.project(contestInB, communityB, authorB, "DRAFT");
        commentInB = TestDatabase.consultationComment(consultationInB, communityB, authorB, "Коментар громади Б");
        proposalInB = TestDatabase.topicProposal(communityB, authorB, "Тема громади Б");
        appealInB = TestDatabase.appeal(communityB, authorB, "Звернення громади Б");
        draftInA = TestDatabase.councilDraft(communityA, "1-A", "Проєкт рішення громади А " + STORED);
        sessionInA = TestDatabase.councilSession(communityA, "Сесія громади А " + STORED, true, draftInA);
        draftSessionInA = TestDatabase.councilSession(communityA, "Чернетка сесії А " + STORED, false, draftInA);
        draftInB = TestDatabase.councilDraft(communityB, "1-B", "Проєкт рішення громади Б");
        sessionInB = TestDatabase.councilSession(communityB, "Сесія громади Б", true, draftInB);
        draftSessionInB = TestDatabase.councilSession(communityB, "Чернетка сесії Б", false, draftInB);
        rollCallInA = TestDatabase.closedRollCall(communityA, sessionInA);
        rollCallInB = TestDatabase.closedRollCall(communityB, sessionInB);
        voteInB = TestDatabase.vote(communityB, "Голосування громади Б");
        announcementInB = TestDatabase.announcement(communityB, "Чернетка оголошення Б", "Текст", "SCHEDULED", java.time.Instant.now().plusSeconds(86_400));
        TestDatabase.execute("insert into stored_document (community_id, file_name, content_type, size, sha256, storage_key,"
                + " created_at, created_by) values (?, 'b.pdf', 'application/pdf', 5, '0', 'walk-b-missing', now(6), 'test')", communityB);
        documentInB = TestDatabase.count("select max(id) from stored_document where community_id = ?", communityB);
        officialOfA = identifier();
        long official = TestDatabase.personWithRole(officialOfA, "Модераторка Громади А", communityA, "LOCAL_MODERATOR");
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, ?, 'SECRETARIAT_OFFICER', now(6), 'test')", official, communityA);
        // council messages: a deputy's public page, and threads whose member the official of A is (their forms are walked)
        long deputyA = TestDatabase.personWithRole(identifier(), STORED_NAME, communityA, "DEPUTY");
        deputyInA = TestDatabase.councilDeputy(communityA, deputyA, STORED_NAME);
        threadInA = TestDatabase.councilThread(communityA, STORED, null, deputyA, official, STORED);
        long deputyB = TestDatabase.personWithRole(identifier(), "Депутатка Громади Б", communityB, "DEPUTY");
        deputyInB = TestDatabase.councilDeputy(communityB, deputyB, "Депутатка Громади Б");
        threadInB = TestDatabase.councilThread(communityB, "Розмова громади Б", deputyB, authorB, deputyB, "Повідомлення громади Б");
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, ?, 'VOTE_ORGANISER', now(6), 'test')", official, communityA);
    }

    @Test
    void everyViewIsServedByARoute() {
        assertThat(Surface.unroutedCommunityViews()).as("views under /community/ that no page of core or a tool serves").isEmpty();
        assertThat(Surface.communityPages()).extracting(Surface.Page::path).contains("/admin/", "/petitions/{id}");
        assertThat(Surface.endpoints()).extracting(Surface.Endpoint::path).contains("/api/v1/health",
                "/api/v1/communities/{community}/petitions/{id}/signatures", "/api/v1/communities/{community}/appeals",
                "/api/v1/communities/{community}/appeals/{id}", "/api/v1/open-data/appeals",
                "/api/v1/communities/{community}/open-data/appeals.csv");
    }

    @Test
    void anonymousHostileRequestsAreRefusedCleanlyWithoutASession() {
        SoftAssertions softly = new SoftAssertions();
        Browserless anonymous = Browserless.keepingNoCookies(); // each request a first visit
        walkPages(anonymous, softly, true);
        walkEndpoints(anonymous, softly, true);
        for (String path : List.of("/%3Cscript%3Ealert(1)%3C%2Fscript%3E/petitions", "/" + "a".repeat(3000) + "/petitions",
                "/..%2FWEB-INF%2Fweb.xml", "/WEB-INF/web.xml", "/community/home.xhtml", "/" + A + "/%00", "/" + A + "/petitions/%2e%2e/admin",
                "/" + A + "/admin/settings/%3Cscript%3E", "/api/v1/communities/%3Cscript%3E/petitions", "/api/v1/no-such-endpoint")) {
            check(softly, path, anonymous.get(ItSettings.baseUrl() + path), true);
        }
        softly.assertAll();
    }

    @Test
    void officialsHostileRequestsAreRefusedCleanlyAndForeignViewStatesChangeNothing() throws Exception {
        CabinetClient official = new CabinetClient(officialOfA, "Модераторка Громади А");
        SoftAssertions softly = new SoftAssertions();
        List<String> formPages = walkPages(official.browser, softly, false);
        walkEndpoints(official.browser, softly, false);

        String foreignViewState = viewState(new CabinetClient("Чужа Сесія").get("/cabinet/"));
        long changesBefore = changes();
        for (String path : formPages) {
            HttpResponse<String> page = official.get(path);
            for (String state : new String[] {foreignViewState, "stale", null}) {
                Map<String, String> form = new java.util.LinkedHashMap<>();
                Matcher forms = FORM_ID.matcher(page.body());
                while (forms.find()) {
                    form.put(forms.group(1), forms.group(1));
                }
                Matcher buttons = BUTTON.matcher(page.body());
                while (buttons.find()) {
                    form.put(buttons.group(1), buttons.group(1));
                }
                if (state != null) {
                    form.put("jakarta.faces.ViewState", state);
                }
                check(softly, "POST " + path + " view state " + state, official.browser.post(ItSettings.baseUrl() + path, form), false);
            }
        }
        softly.assertThat(changes()).as("posts with a missing or foreign view state store nothing").isEqualTo(changesBefore);
        softly.assertAll();
    }

    @Test
    void anOfficialOfOneCommunityIsRefusedEveryPageAndEndpointOfAnother() throws Exception {
        CabinetClient official = new CabinetClient(officialOfA, "Модераторка Громади А");
        String base = ItSettings.baseUrl();
        SoftAssertions softly = new SoftAssertions();
        for (Surface.Page page : Surface.communityPages()) {
            String path = page.path();
            if (path.contains("{id}")) {
                long foreign = foreignId(path, false);
                refused(softly, official.browser, base + "/" + A + path.replace("{id}", String.valueOf(foreign)));
                long unpublished = foreignId(path, true);
                if (unpublished != 0) {
                    refused(softly, official.browser, base + "/" + B + path.replace("{id}", String.valueOf(unpublished)));
                }
            } else if (page.console()) {
                for (String concrete : concrete(path)) {
                    refused(softly, official.browser, base + "/" + B + concrete);
                    if (!concrete.contains(NO_SUCH_TOOL)) {
                        softly.assertThat(official.get("/" + A + concrete).statusCode()).as("own console " + concrete).isLessThan(400);
                    }
                }
            }
        }
        for (Surface.Endpoint endpoint : Surface.endpoints()) {
            String path = endpoint.path();
            if (!path.contains("{community}") || !path.contains("{id}")) {
                continue; // lists and catalogues of a community are public
            }
            String ofA = path.replace("{community}", A).replace("{id}", String.valueOf(foreignId(path, false)));
            refused(softly, official.browser, endpoint.method(), base + ofA);
            long unpublished = foreignId(path, true);
            if (unpublished != 0) {
                refused(softly, official.browser, endpoint.method(), base + path.replace("{community}", B).replace("{id}", String.valueOf(unpublished)));
            }
        }
        softly.assertAll();
    }

    @Test
    void uploadsThatAreNoPdfOrTooLargeAreRefusedAndNothingIsStored() throws Exception {
        long author = TestDatabase.personWithRole(identifier(), "Автор Розгляду", communityA, "RESIDENT");
        long considered = TestDatabase.collectingPetition(communityA, author, "Петиція на розгляді");
        TestDatabase.execute("update petition set status = 'UNDER_CONSIDERATION', threshold_reached_at = now(6),"
                + " consideration_due_at = now(6) + interval 10 day where id = ?", considered);
        CabinetClient official = new CabinetClient(officialOfA, "Модераторка Громади А");
        String path = "/" + A + "/admin/petitions/" + considered;
        long documentsBefore = TestDatabase.count("select count(*) from stored_document");
        Map<String, String> fields = Map.of("answer:decision", "SUPPORTED", "answer:response", "Відповідь ради");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        SoftAssertions softly = new SoftAssertions();
        refusedUploads(softly, official, path, "answer", "answer:answer-button", fields, "answer:document", new Object[][] {
                {"response.pdf", program, "Завантажити можна лише документ PDF"}, {"big.pdf", tooLarge, "Документ завеликий"}});
        softly.assertThat(TestDatabase.count("select count(*) from stored_document")).as("no document stored").isEqualTo(documentsBefore);
        softly.assertThat(TestDatabase.count("select count(*) from petition where id = ? and status = 'UNDER_CONSIDERATION'"
                + " and response_text is null", considered)).as("not answered half-way").isEqualTo(1);
        softly.assertAll();
    }

    @Test
    void photosThatAreNoPhotoOrTooManyPixelsAreRefusedAndNothingIsStored() throws Exception {
        String identifier = identifier();
        long author = TestDatabase.personWithRole(identifier, "Авторка Фото", communityA, "RESIDENT");
        long contest = TestDatabase.contest(communityA, "Бюджет участі з фото", "SUBMISSION");
        long draft = TestDatabase.project(contest, communityA, author, "DRAFT");
        String path = "/" + A + "/budget/projects/" + draft + "/edit";
        long documentsBefore = TestDatabase.count("select count(*) from stored_document");
        SoftAssertions softly = new SoftAssertions();
        refusedUploads(softly, new CabinetClient(identifier, "Авторка Фото"), path, "photo", "photo:add-photo", Map.of("photo:caption", STORED),
                "photo:file", new Object[][] {{"photo.jpg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                        "Завантажити можна лише фото JPEG або PNG"}, {"big.png", TestPhotos.hugePng(8000, 5001), "Фото завелике"}});
        softly.assertThat(TestDatabase.count("select count(*) from stored_document")).as("no photo stored").isEqualTo(documentsBefore);
        softly.assertThat(TestDatabase.count("select count(*) from budget_photo where project_id = ?", draft)).isZero();
        long submitted = TestDatabase.project(contest, communityA, author, "SUBMITTED");
        HttpResponse<String> console = new CabinetClient(officialOfA, "Модераторка Громади А").get("/" + A + "/admin/budget/projects/"
                + submitted + "/photos");
        softly.assertThat(console.statusCode()).as("the moderators' photos page of a resident's project").isEqualTo(200);
        softly.assertThat(console.body()).contains("id=\"photos-heading\"").doesNotContain("photo:file");
        softly.assertAll();
    }

    @Test
    void appealAttachmentsThatAreNoPdfOrPhotoAreRefusedAndNothingIsFiled() throws Exception {
        String identifier = identifier();
        long applicant = TestDatabase.personWithRole(identifier, "Заявниця Обходу", communityA, "RESIDENT");
        long documentsBefore = TestDatabase.count("select count(*) from stored_document");
        SoftAssertions softly = new SoftAssertions();
        refusedUploads(softly, new CabinetClient(identifier, "Заявниця Обходу"), "/" + A + "/appeals/new", "appeal", "appeal:file",
                Map.of("appeal:kind", "COMPLAINT", "appeal:subject", STORED, "appeal:text", "Контейнери у дворі не вивозять третій тиждень.",
                        "appeal:answer-form", "ELECTRONIC"), "appeal:attachments:0:attachment", new Object[][] {{"лист.pdf",
                        "це текст, а не PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "Завантажити можна лише документ PDF або фото JPEG чи PNG"}, {"program.jpg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0},
                        "виберіть їх ще раз"}});
        softly.assertThat(TestDatabase.count("select count(*) from stored_document")).as("no attachment stored").isEqualTo(documentsBefore);
        softly.assertThat(TestDatabase.count("select count(*) from appeal where applicant_id = ?", applicant)).as("no appeal filed").isZero();
        softly.assertAll();
    }

    /**
     * The endpoints a person's own token reaches (their appeals), walked with that token: hostile
     * page parameters, ids and bodies are refused cleanly, another community's appeal is not found
     * here and its own URL refuses the token, and nothing hostile is filed.
     */
    @Test
    void aPersonsTokensHostileCallsToTheirAppealsAreRefusedCleanly() throws Exception {
        long applicant = TestDatabase.personWithRole(identifier(), "Заявниця Токена", communityA, "RESIDENT");
        String read = token(applicant, "READ");
        String submit = token(applicant, "SUBMIT");
        String base = ItSettings.baseUrl() + "/api/v1/communities/" + A + "/appeals";
        Browserless client = Browserless.keepingNoCookies();
        SoftAssertions softly = new SoftAssertions();
        for (String name : List.of("limit", "cursor")) {
            for (String value : HOSTILE) {
                check(softly, "token GET ?" + name + "=" + value, bearer(client, read, "GET", base + "?" + name + "=" + value, null), true);
            }
        }
        for (String segment : HOSTILE_SEGMENTS) {
            HttpResponse<String> answer = bearer(client, read, "GET", base + "/" + segment, null);
            check(softly, "token GET /" + segment, answer, true);
            softly.assertThat(answer.statusCode()).as("token GET /" + segment).isIn(400, 404);
        }
        softly.assertThat(bearer(client, read, "GET", base + "/" + appealInB, null).statusCode()).as("B's appeal on A's URL").isEqualTo(404);
        softly.assertThat(bearer(client, read, "GET", base + "/" + MISSING_ID, null).statusCode()).as("no such appeal").isEqualTo(404);
        softly.assertThat(bearer(client, read, "GET", ItSettings.baseUrl() + "/api/v1/communities/" + B + "/appeals/" + appealInB, null)
                .statusCode()).as("A's token on B's URL").isEqualTo(403);
        String text = "\"text\": \"Контейнери у дворі не вивозять третій тиждень поспіль.\"";
        for (String body : List.of("{", "[]", "null", "\"" + STORED + "\"", "{\"kind\": \"" + STORED + "\", " + text + "}",
                "{\"kind\": [1], " + text + "}", "{\"kind\": \"COMPLAINT\", \"department\": -1, \"subject\": \"Ой\", " + text + "}",
                "{\"kind\": \"COMPLAINT\", \"department\": 99999999999999999999999, \"subject\": \"Ой\", " + text + "}",
                "{\"kind\": \"COMPLAINT\", \"subject\": \"" + "x".repeat(3000) + "\", " + text + "}",
                "{\"kind\": \"INFORMATION_REQUEST\", \"answerForm\": \"PIGEON\", \"subject\": \"Ой\", " + text + "}",
                "{\"kind\": \"COMPLAINT\", \"publishable\": \"yes\", \"subject\": \"Ой\", " + text + "}")) {
            HttpResponse<String> answer = bearer(client, submit, "POST", base, body);
            check(softly, "token POST " + body, answer, true);
            softly.assertThat(answer.statusCode()).as("token POST " + body).isIn(400, 404, 422, 429);
        }
        softly.assertThat(TestDatabase.count("select count(*) from appeal where applicant_id = ?", applicant)).as("nothing filed").isZero();
        softly.assertAll();
    }

    /** A personal token of {@code scope} for {@code person} in community A, stored as the platform stores one (its hash only). */
    private static String token(long person, String scope) throws Exception {
        String secret = ua.hromada.core.token.TokenSecret.generate();
        TestDatabase.execute("insert into api_token (person_id, community_id, scope, label, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, 'обхід', ?, now(6), now(6) + interval 1 day)", person, communityA, scope,
                ua.hromada.core.token.TokenSecret.hash(secret));
        return secret;
    }

    private static HttpResponse<String> bearer(Browserless client, String secret, String method, String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secret);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void aComplaintsLinkToAnEarlierAppealTakesOnlyTheApplicantsOwnInTheirCommunity() throws Exception {
        String identifier = identifier();
        long applicant = TestDatabase.personWithRole(identifier, "Скаржниця Обходу", communityA, "RESIDENT");
        long own = TestDatabase.appeal(communityA, applicant, "Власне звернення " + STORED);
        long neighbour = TestDatabase.personWithRole(identifier(), "Сусідка Обходу", communityA, "RESIDENT");
        long othersInA = TestDatabase.appeal(communityA, neighbour, "Чуже звернення громади А");
        CabinetClient client = new CabinetClient(identifier, "Скаржниця Обходу");
        SoftAssertions softly = new SoftAssertions();
        HttpResponse<String> mine = client.get("/" + A + "/appeals/new?previous=" + own);
        check(softly, "own previous", mine, false);
        softly.assertThat(mine.statusCode()).as("her own appeal").isEqualTo(200);
        softly.assertThat(mine.body()).contains("id=\"previous-appeal\"").contains("/" + A + "/appeals/" + own + "\"");
        for (Object[] asked : new Object[][] {{othersInA, 403}, {appealInB, 404}, {MISSING_ID, 404}, {"0", 404}}) {
            HttpResponse<String> answer = client.get("/" + A + "/appeals/new?previous=" + asked[0]);
            check(softly, "previous=" + asked[0], answer, false);
            softly.assertThat(answer.statusCode()).as("previous=" + asked[0]).isEqualTo(asked[1]);
            softly.assertThat(answer.body()).as("previous=" + asked[0]).doesNotContain("Чуже звернення", "Звернення громади Б");
        }
        softly.assertThat(TestDatabase.count("select count(*) from appeal where previous_appeal_id is not null and applicant_id = ?",
                applicant)).as("nothing filed by looking").isZero();
        softly.assertAll();
    }

    /** Posts each upload ({name, bytes, the refusal's text}) with the form's button, a page read first; each is refused cleanly. */
    private static void refusedUploads(SoftAssertions softly, CabinetClient client, String path, String form, String button,
            Map<String, String> fields, String fileField, Object[][] uploads) {
        for (Object[] upload : uploads) {
            HttpResponse<String> page = client.get(path);
            HttpResponse<String> answer = client.submitWithFile(path, page, form, button, fields, fileField, (String) upload[0],
                    (byte[]) upload[1]);
            check(softly, "upload " + upload[0], answer, false);
            softly.assertThat(answer.body()).as("upload " + upload[0]).contains((String) upload[2]);
        }
    }

    // --- the walks ---

    /** GETs every page with every hostile value in every parameter and id; returns the pages that render a form. */
    private static List<String> walkPages(Browserless client, SoftAssertions softly, boolean anonymous) {
        String base = ItSettings.baseUrl();
        List<String> formPages = new ArrayList<>();
        List<Surface.Page> pages = new ArrayList<>();
        for (Surface.Page page : Surface.communityPages()) {
            pages.add(new Surface.Page("/" + A + page.path(), page.view(), page.parameters()));
        }
        pages.addAll(Surface.platformPages());
        for (Surface.Page page : pages) {
            if (page.path().startsWith("/signin") || page.path().equals("/signout")) {
                continue; // starting a sign-in is the one GET that opens a session; SignInIT and its kin walk it
            }
            for (String path : concrete(page.path())) {
                HttpResponse<String> plain = client.get(base + path);
                check(softly, path, plain, anonymous);
                if (plain.statusCode() == 200 && plain.body().contains("jakarta.faces.ViewState")) {
                    formPages.add(path);
                }
                for (String name : page.parameters()) {
                    for (String value : HOSTILE) {
                        String asked = path + (path.contains("?") ? "&" : "?") + name + "=" + value;
                        check(softly, asked, client.get(base + asked), anonymous);
                    }
                }
            }
            for (String segment : HOSTILE_SEGMENTS) {
                if (page.path().contains("{id}") || page.path().contains("{tool}")) {
                    String asked = page.path().replace("{id}", segment).replace("{tool}", segment);
                    check(softly, asked, client.get(base + asked), anonymous);
                }
            }
        }
        return formPages;
    }

    private static void walkEndpoints(Browserless client, SoftAssertions softly, boolean anonymous) {
        String base = ItSettings.baseUrl();
        for (Surface.Endpoint endpoint : Surface.endpoints()) {
            for (String path : concreteEndpoint(endpoint.path())) {
                boolean get = endpoint.method().equals("GET");
                check(softly, endpoint.method() + " " + path,
                        call(client, endpoint.method(), base + path, get ? null : "application/json", get ? null : "{"), anonymous);
                if (!get) {
                    check(softly, endpoint.method() + " text/plain " + path,
                            call(client, endpoint.method(), base + path, "text/plain", "<script>alert(1)</script>"), anonymous);
                    check(softly, endpoint.method() + " no CSRF token " + path,
                            call(client, endpoint.method(), base + path, "application/json", "{}"), anonymous);
                    check(softly, endpoint.method() + " JSON null " + path,
                            call(client, endpoint.method(), base + path, "application/json", "null"), anonymous);
                }
                for (String name : endpoint.parameters()) {
                    for (String value : HOSTILE) {
                        String asked = path + "?" + name + "=" + value;
                        check(softly, endpoint.method() + " " + asked, call(client, endpoint.method(), base + asked, null, null), anonymous);
                    }
                }
            }
            for (String segment : HOSTILE_SEGMENTS) {
                String asked = endpoint.path().replace("{community}", A).replace("{id}", segment).replaceAll("\\{[a-z]+\\}", segment);
                if (!asked.equals(endpoint.path())) {
                    check(softly, endpoint.method() + " " + asked, call(client, endpoint.method(), base + asked, null, null), anonymous);
                }
            }
        }
    }

    /** A page's path with its {id} or {tool} filled in with real and missing values of community A. */
    private static List<String> concrete(String path) {
        Set<String> paths = new LinkedHashSet<>();
        if (path.contains("{id}")) {
            for (long id : ownIds(path)) {
                paths.add(path.replace("{id}", String.valueOf(id)));
            }
            paths.add(path.replace("{id}", MISSING_ID));
        } else if (path.contains("{tool}")) {
            for (ToolManifest tool : Surface.manifests()) {
                paths.add(path.replace("{tool}", tool.key()));
            }
            paths.add(path.replace("{tool}", NO_SUCH_TOOL));
        } else {
            paths.add(path);
        }
        return List.copyOf(paths);
    }

    private static List<String> concreteEndpoint(String path) {
        return concrete(path.replace("{community}", A)).stream().filter(p -> !p.matches(".*\\{[a-z]+\\}.*")).toList();
    }

    // --- the checks ---

    private static void check(SoftAssertions softly, String asked, HttpResponse<String> answer, boolean anonymous) {
        String what = asked.length() > 160 ? asked.substring(0, 160) + "…" : asked;
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        softly.assertThat(status).as(what + " status").isLessThan(500);
        softly.assertThat(STACK_TRACE.matcher(answer.body()).find()).as(what + " shows no stack trace").isFalse();
        if (type.startsWith("text/html")) {
            for (String markup : REFLECTED) {
                softly.assertThat(answer.body()).as(what + " escapes what it was given").doesNotContain(markup);
            }
            // Undertow itself refuses /WEB-INF and /META-INF with its plain 404, before the application
            boolean container = answer.uri().getPath().startsWith("/WEB-INF") || answer.uri().getPath().startsWith("/META-INF");
            if (!container && (status == 400 || status == 401 || status == 403 || status == 404)) {
                softly.assertThat(ERROR_TITLES.stream().anyMatch(answer.body()::contains)).as(what + " is a localised error page, not: "
                        + answer.body().substring(0, Math.min(300, answer.body().length()))).isTrue();
            }
        }
        if (answer.uri().getPath().startsWith("/api/") && status >= 400) {
            softly.assertThat(type).as(what + " problem").startsWith("application/problem+json");
        }
        if (anonymous) {
            softly.assertThat(answer.headers().allValues("Set-Cookie")).as(what + " opens no session")
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }


    private static void refused(SoftAssertions softly, Browserless client, String url) {
        refused(softly, client, "GET", url);
    }

    private static void refused(SoftAssertions softly, Browserless client, String method, String url) {
        HttpResponse<String> answer = call(client, method, url, method.equals("GET") ? null : "application/json", method.equals("GET") ? null : "{}");
        softly.assertThat(answer.statusCode()).as(method + " " + url + " is refused").isIn(403, 404, 405, 409);
    }

    /**
     * An object of community B that an address with {@code {id}} after this segment takes
     * (unpublished: one that B's own public pages do not show either; 0 where there is none). A
     * tool with object pages says here what they show, or this walk fails.
     */
    /** The objects of community A an {@code {id}} page of A is walked with: a public one and an unpublished one. */
    private static long[] ownIds(String path) {
        return switch (segmentBeforeId(path)) {
            case "consultations" -> new long[] {consultationInA, draftConsultationInA};
            case "comments" -> new long[] {commentInA};
            case "proposals" -> new long[] {proposalInA};
            case "sessions", "sittings" -> new long[] {sessionInA, draftSessionInA};
            case "roll-calls" -> new long[] {rollCallInA};
            case "drafts", "desk" -> new long[] {draftInA};
            case "deputies" -> new long[] {deputyInA};
            case "messages" -> new long[] {threadInA};
            default -> new long[] {publicInA, submittedInA};
        };
    }

    private static String segmentBeforeId(String path) {
        String before = path.substring(0, path.indexOf("{id}"));
        String segment = before.replaceAll("/$", "").replaceAll(".*/", "");
        return segment.equals("votes") && path.contains("/council/") ? "roll-calls" : segment; // the council's roll calls, not the voting tool's votes
    }

    private static long foreignId(String path, boolean unpublished) {
        return switch (segmentBeforeId(path)) {
            case "petitions", "p" -> unpublished ? submittedInB : publicInB;
            case "consultations" -> unpublished ? draftConsultationInB : consultationInB;
            case "budget", "contests" -> unpublished ? draftContestInB : contestInB;
            case "projects" -> unpublished ? draftProjectInB : projectInB;
            case "comments" -> unpublished ? 0 : commentInB;
            case "proposals" -> unpublished ? 0 : proposalInB;
            case "documents" -> unpublished ? 0 : documentInB;
            case "announcements" -> announcementInB;
            case "appeals", "status" -> unpublished ? 0 : appealInB;
            case "sessions", "sittings" -> unpublished ? draftSessionInB : sessionInB;
            case "roll-calls" -> unpublished ? 0 : rollCallInB;
            case "drafts", "desk" -> unpublished ? 0 : draftInB;
            case "deputies" -> unpublished ? 0 : deputyInB;
            case "messages" -> unpublished ? 0 : threadInB;
            case "votes" -> unpublished ? 0 : voteInB;
            default -> throw new IllegalStateException("which object of community B does " + path + " take? Add it to foreignId");
        };
    }

    private static long changes() throws Exception {
        return TestDatabase.count("select (select count(*) from audit_entry) + (select count(*) from petition)"
                + " + (select count(*) from signature) + (select count(*) from petition_report) + (select count(*) from petition_event)"
                + " + (select count(*) from consultation) + (select count(*) from consultation_comment)"
                + " + (select count(*) from consultation_support) + (select count(*) from consultation_complaint)"
                + " + (select count(*) from consultation_block) + (select count(*) from consultation_proposal)"
                + " + (select count(*) from appeal) + (select count(*) from appeal_event) + (select count(*) from appeal_department)"
                + " + (select count(*) from appeal_refusal_ground) + (select count(*) from appeal where status <> 'REGISTERED')"
                + " + (select count(*) from council_faction) + (select count(*) from council_committee) + (select count(*) from council_deputy)"
                + " + (select count(*) from council_draft_version) + (select count(*) from council_session)"
                + " + (select count(*) from council_agenda_item) + (select count(*) from council_session where published_at is not null)"
                + " + (select count(*) from council_note) + (select count(*) from council_draft_read)"
                + " + (select count(*) from council_attendance) + (select count(*) from council_roll_call)"
                + " + (select count(*) from council_deputy_vote) + (select count(*) from council_roll_call where closed_at is not null)"
                + " + (select count(*) from council_thread) + (select count(*) from council_message) + (select count(*) from council_block)");
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ID = Pattern.compile("<form id=\"([^\"]+)\"");
    private static final Pattern BUTTON = Pattern.compile("<(?:input|button)[^>]*type=\"submit\"[^>]*name=\"([^\"]+)\"");

    private static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        assertThat(m.find()).as("a page with a form").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> call(Browserless client, String method, String url, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request);
    }

    private static String identifier() {
        return NationalIdentifiers.random();
    }
}
