package ua.hromada.it.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * At phone width: on the session's day a deputy registers in the hall as the seventh of a council
 * of 12 (the quorum shows reached), the chair's console (the secretariat) opens a roll call on the
 * agenda's item, the deputy votes "for" and sees their vote; once every registered deputy has
 * voted the secretariat closes it, and anyone reads the result with each deputy's vote, without
 * a session.
 */
class DeputyVotesAtSittingUiIT extends BrowserJourney {
    private static final String SLUG = "council-sitting-journey";
    private static String deputy;
    private static String secretary;
    private static long session;
    private static long community;

    @BeforeAll
    static void sitting() throws Exception {
        community = TestDatabase.communityWith(SLUG, "Громада засідання", "Sitting community", "council");
        TestDatabase.execute("insert into community_setting (community_id, name, value) values (?, 'council.composition', '12')", community);
        deputy = NationalIdentifiers.random();
        seat(TestDatabase.personWithRole(deputy, "Оксана Депутатка", community, "DEPUTY"), "Оксана Депутатка");
        secretary = NationalIdentifiers.random();
        TestDatabase.personWithRole(secretary, "Софія Секретарка", community, "SECRETARIAT_OFFICER");
        long draft = TestDatabase.councilDraft(community, "248-VIII", "Про внесення змін до Програми «Безпечна громада» на 2026 рік");
        TestDatabase.execute("insert into council_session (community_id, title, starts_at, place, remote, published_at, created_at)"
                + " values (?, 'Позачергова сесія ради', now(6) - interval 1 minute, null, true, now(6), now(6))", community);
        session = TestDatabase.count("select max(id) from council_session where community_id = ?", community);
        TestDatabase.execute("insert into council_agenda_item (community_id, session_id, draft_id, position) values (?, ?, ?, 1)", community,
                session, draft);
        for (int i = 1; i <= 6; i++) {
            long colleague = seat(TestDatabase.personWithRole(NationalIdentifiers.random(), "Депутат № " + i, community, "DEPUTY"),
                    "Депутат № " + i);
            TestDatabase.execute("insert into council_attendance (community_id, session_id, deputy_id, remote, registered_at)"
                    + " values (?, ?, ?, true, now(6))", community, session, colleague);
        }
    }

    private static long seat(long person, String name) throws Exception {
        TestDatabase.execute("insert into council_deputy (community_id, person_id, name, created_at) values (?, ?, ?, now(6))", community,
                person, name);
        return TestDatabase.count("select id from council_deputy where person_id = ?", person);
    }

    @Test
    void aDeputyRegistersVotesAndTheResultIsPublishedByName() throws Exception {
        String seat = "/" + SLUG + "/council/sittings/" + session;
        String console = "/" + SLUG + "/admin/council/sittings/" + session;
        signInAt(seat, deputy, "Оксана Депутатка");
        chromium.assertPhoneViewport();
        assertThat(chromium.driver.findElement(By.id("quorum")).getText()).contains("Зареєстровано 6 з 12", "Кворуму немає.");
        assertThat(chromium.driver.findElement(By.id("no-vote")).getText()).startsWith("Зараз голосування немає");
        chromium.assertNoSeriousViolations("the deputy's seat before registering");
        chromium.driver.findElement(By.id("sitting:register-hall")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("my-registration"), "Ви зареєстровані в залі."));
        assertThat(chromium.driver.findElement(By.id("quorum")).getText()).contains("Зареєстровано 7 з 12", "Кворум є.");
        chromium.assertNoSeriousViolations("the deputy's seat, registered");
        signOut();

        signInAt(console, secretary, "Софія Секретарка");
        assertThat(chromium.driver.findElement(By.id("registered")).getText()).contains("Оксана Депутатка — у залі");
        new Select(chromium.driver.findElement(By.id("open:item"))).selectByIndex(1);
        chromium.driver.findElement(By.id("open:open-vote")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("running-state")));
        assertThat(chromium.driver.findElement(By.id("running-state")).getText()).contains("Проголосували 0 з 7");
        chromium.assertNoSeriousViolations("the chair's console with a roll call running");
        signOut();

        signInAt(seat, deputy, "Оксана Депутатка");
        assertThat(chromium.driver.findElement(By.id("running-item")).getText()).contains("№ 248-VIII");
        assertThat(chromium.driver.findElement(By.id("my-vote")).getText()).isEqualTo("Ви ще не проголосували.");
        chromium.driver.findElement(By.id("sitting:vote-for")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("my-vote"), "Ваш голос: За"));
        chromium.assertNoSeriousViolations("the deputy's seat, voted");
        signOut();

        long rollCall = TestDatabase.count("select id from council_roll_call where session_id = ?", session);
        // the other six registered deputies vote from their own phones
        TestDatabase.execute("insert into council_deputy_vote (community_id, roll_call_id, deputy_id, choice, cast_at)"
                + " select community_id, ?, deputy_id, if(deputy_id % 6 = 0, 'AGAINST', 'FOR'), now(6) from council_attendance"
                + " where session_id = ? and remote", rollCall, session);
        long against = TestDatabase.count("select count(*) from council_deputy_vote where roll_call_id = ? and choice = 'AGAINST'", rollCall);
        signInAt(console, secretary, "Софія Секретарка");
        chromium.driver.findElement(By.id("sitting:close")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Голосування закрито, результат оприлюднено."));
        String outcome = 7 - against >= 7 ? "Рішення прийнято" : "Рішення не прийнято";
        assertThat(chromium.driver.findElement(By.id("rounds")).getText()).contains(outcome, "За — " + (7 - against));
        signOut();

        String result = "/" + SLUG + "/council/votes/" + rollCall;
        openAnonymousUntil(ItSettings.baseUrl() + result, outcome);
        assertThat(chromium.driver.findElement(By.xpath("//table[@id='deputies']//tr[th='Оксана Депутатка']/td[2]")).getText()).isEqualTo("За");
        assertThat(chromium.driver.findElements(By.xpath("//table[@id='deputies']/tbody/tr"))).hasSize(7);
        chromium.assertNoSeriousViolations("the published roll call");
        HttpResponse<String> anonymous = Http.get(result);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().allValues("Set-Cookie")).as("an anonymous reader gets no session").noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(Http.get("/" + SLUG + "/council/sessions/" + session).body()).contains(outcome);
        assertThat(Http.get(seat).statusCode()).as("the seat is for the signed-in").isIn(302, 303);
    }
}
