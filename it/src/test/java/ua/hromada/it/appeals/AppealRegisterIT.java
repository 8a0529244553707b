package ua.hromada.it.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * The public register of information requests, where a community's setting keeps one: the
 * requests whose applicants allowed publishing, with their answers, newest first, 50 a page, no
 * applicant's name, no session; nothing else (not a request kept private, not another kind, not
 * another community's); a community without the setting has no register (404); a bad page number
 * is a 400.
 */
class AppealRegisterIT {
    private static final String KEEPS = "register-keeps";
    private static final String KEEPS_NONE = "register-none";
    private static final String APPLICANT = "Заявниця Реєстру";

    @BeforeAll
    static void communities() throws Exception {
        long keeps = TestDatabase.communityWith(KEEPS, "Громада з реєстром", "Register community", "appeals");
        long none = TestDatabase.communityWith(KEEPS_NONE, "Громада без реєстру", "No register community", "appeals");
        TestDatabase.execute("insert into community_setting (community_id, name, value) values (?, 'appeals.public-register', 'true')",
                keeps);
        long applicant = TestDatabase.personWithRole(NationalIdentifiers.random(), APPLICANT, keeps, "RESIDENT");
        request(keeps, applicant, "INFORMATION_REQUEST", true, "Кошторис ремонту школи № 2", "Кошторис додано до відповіді: 1,2 млн грн.");
        request(keeps, applicant, "INFORMATION_REQUEST", false, "Мій особистий запит про пільги", null);
        request(keeps, applicant, "STATEMENT", true, "Заява про ремонт тротуару", null);
        request(none, applicant, "INFORMATION_REQUEST", true, "Запит іншої громади", null);
        // fifty more, older, so the first page is full and a second one follows
        TestDatabase.execute("insert into appeal (community_id, number, kind, applicant_id, applicant_name, subject, text, publishable,"
                + " status, filed_at, due_at, updated_at) select ?, concat('2025-', lpad(seq, 6, '0')), 'INFORMATION_REQUEST', ?, ?,"
                + " concat('Давній запит № ', seq), 'Прошу надати копію рішення виконавчого комітету.', true, 'REGISTERED',"
                + " now(6) - interval (400 + seq) day, now(6) - interval (390 + seq) day, now(6) from seq_1_to_50", keeps, applicant,
                APPLICANT);
    }

    private static void request(long community, long applicant, String kind, boolean publishable, String subject, String answer)
            throws Exception {
        TestDatabase.execute("insert into appeal (community_id, number, kind, applicant_id, applicant_name, subject, text, publishable,"
                + " status, filed_at, due_at, answered_at, answer_text, answered_by, updated_at) values (?, concat('2026-',"
                + " lpad(floor(rand() * 999999), 6, '0')), ?, ?, ?, ?, 'Прошу надати інформацію щодо цього питання.', ?, ?, now(6),"
                + " now(6) + interval 7 day, ?, ?, ?, now(6))", community, kind, applicant, APPLICANT, subject, publishable,
                answer == null ? "REGISTERED" : "ANSWERED", answer == null ? null : java.sql.Timestamp.from(java.time.Instant.now()), answer,
                answer == null ? null : "Секретаріат");
    }

    @Test
    void theRegisterListsThePublishableRequestsOnlyWithoutTheApplicant() {
        HttpResponse<String> page = Http.get("/" + KEEPS + "/appeals/register");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Кошторис ремонту школи № 2", "Кошторис додано до відповіді: 1,2 млн грн.", "Давній запит № 1<")
                .doesNotContain("Мій особистий запит", "Заява про ремонт тротуару", "Запит іншої громади", APPLICANT, "Давній запит № 50<");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(page.body()).contains("appeals/register?page=1");
        HttpResponse<String> second = Http.get("/" + KEEPS + "/appeals/register?page=1");
        assertThat(second.body()).contains("Давній запит № 50<").doesNotContain("Кошторис ремонту школи", "appeals/register?page=2");
        assertThat(Http.get("/" + KEEPS + "/appeals").body()).contains("/" + KEEPS + "/appeals/register");
    }

    @Test
    void aCommunityWithoutTheSettingHasNoRegisterAndABadPageIsA400() {
        assertThat(Http.get("/" + KEEPS_NONE + "/appeals/register").statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + KEEPS_NONE + "/appeals").body()).doesNotContain("/appeals/register");
        for (String bad : new String[] {"-1", "zz", "999999999999"}) {
            assertThat(Http.get("/" + KEEPS + "/appeals/register?page=" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }
}
