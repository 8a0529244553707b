package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A school moderator prints their school contest's codes from the console over HTTP: the answer
 * to issuing is the PDF sheet (the codes exist nowhere else), a batch over the limit is refused on
 * the page with nothing issued, a lost card is revoked by its number; the page and the schools
 * console refuse visitors, residents and another school's moderator.
 */
class SchoolModeratorPrintsCodesIT {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final String base = ItSettings.baseUrl();

    private static String identifier() {
        return NationalIdentifiers.random();
    }

    @Test
    void theSchoolsModeratorGetsThePrintableSheetAndNobodyElseReachesIt() throws Exception {
        String slug = "school-codes-print";
        long community = TestDatabase.communityWith(slug, "Громада кодів", "Codes Community", "budget");
        String teacher = identifier();
        String otherTeacher = identifier();
        String resident = identifier();
        long teacherId = TestDatabase.personWithRole(teacher, "Вчителька Ліцею", community, "SCHOOL_MODERATOR");
        long otherId = TestDatabase.personWithRole(otherTeacher, "Вчитель Гімназії", community, "SCHOOL_MODERATOR");
        TestDatabase.personWithRole(resident, "Мешканка Громади", community, "RESIDENT");
        long lyceum = school(community, "Ліцей № 5", teacherId);
        school(community, "Гімназія № 6", otherId);
        long contest = TestDatabase.contest(community, "Шкільний бюджет ліцею № 5", "VOTING");
        TestDatabase.execute("update budget_contest set school_id = ? where id = ?", lyceum, contest);
        String page = base + "/" + slug + "/admin/budget/" + contest + "/codes";

        assertThat(new Browserless().get(page).statusCode()).as("a visitor is sent to sign in").isEqualTo(302);
        Browserless residentSession = signedIn(slug, resident, "Мешканка Громади");
        assertThat(residentSession.get(page).statusCode()).as("a resident").isEqualTo(403);
        assertThat(residentSession.get(base + "/" + slug + "/admin/budget/schools").statusCode()).as("a resident").isEqualTo(403);
        Browserless other = signedIn(slug, otherTeacher, "Вчитель Гімназії");
        assertThat(other.get(page).statusCode()).as("another school's moderator").isEqualTo(403);
        assertThat(other.get(base + "/" + slug + "/admin/budget/schools").body()).contains("Гімназія № 6").doesNotContain("Ліцей № 5");

        Browserless moderator = signedIn(slug, teacher, "Вчителька Ліцею");
        HttpResponse<String> console = moderator.get(page);
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Коди для голосування");
        HttpResponse<String> sheet = moderator.post(page, Map.of("issue", "issue", "issue:count", "3", "issue:print", "Видати",
                "jakarta.faces.ViewState", viewState(console)));
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(sheet.body()).startsWith("%PDF-");
        assertThat(TestDatabase.count("select count(*) from budget_voting_code where contest_id = ?", contest)).isEqualTo(3);
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'budget.codes.issue' and object_id = ?",
                String.valueOf(contest))).isEqualTo(1);

        console = moderator.get(page);
        HttpResponse<String> tooMany = moderator.post(page, Map.of("issue", "issue", "issue:count", "5000", "issue:print", "Видати",
                "jakarta.faces.ViewState", viewState(console)));
        assertThat(tooMany.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(tooMany.body()).contains("Можна видати від 1 до 1000 кодів за раз.");
        assertThat(TestDatabase.count("select count(*) from budget_voting_code where contest_id = ?", contest)).isEqualTo(3);

        HttpResponse<String> revoked = moderator.post(page, Map.of("lost", "lost", "lost:serial", "2", "lost:revoke", "Скасувати",
                "jakarta.faces.ViewState", viewState(tooMany)));
        assertThat(revoked.body()).contains("Код скасовано.");
        assertThat(TestDatabase.count("select count(*) from budget_voting_code where contest_id = ? and serial = 2 and revoked_at is not null",
                contest)).isEqualTo(1);
        assertThat(moderator.get(base + "/" + slug + "/admin/budget/schools").body()).contains("Ліцей № 5", "Шкільний бюджет ліцею № 5");
    }

    private static long school(long community, String name, long moderator) throws Exception {
        TestDatabase.execute("insert into budget_school (community_id, name, created_at) values (?, ?, now(6))", community, name);
        long id = TestDatabase.count("select max(id) from budget_school where community_id = ?", community);
        TestDatabase.execute("insert into budget_school_moderator (school_id, person_id, community_id, assigned_at, assigned_by)"
                + " values (?, ?, ?, now(6), 'test')", id, moderator, community);
        return id;
    }

    private Browserless signedIn(String slug, String identifier, String name) {
        Browserless client = new Browserless();
        client.signIn("/" + slug + "/", "t-" + identifier, identifier, name);
        return client;
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        assertThat(m.find()).as("a page with a form").isTrue();
        return m.group(1);
    }
}
