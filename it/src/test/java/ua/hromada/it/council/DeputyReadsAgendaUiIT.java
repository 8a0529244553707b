package ua.hromada.it.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * At phone width: a deputy finds the session's published agenda in their cabinet (two drafts not
 * read), opens it, opens a draft that has two
 * versions (the current one shown with its time, the earlier one kept), goes to their desk,
 * marks it read and writes a private note; the agenda then shows the draft read. The note is on
 * no public page, and an anonymous reader of the agenda and the draft gets no session.
 */
class DeputyReadsAgendaUiIT extends BrowserJourney {
    private static final String SLUG = "council-journey";
    private static final String NOTE = "Запитати на комісії кошторис заміни світильників на Вокзальній.";
    private static String deputy;
    private static long draft;
    private static long session;

    @BeforeAll
    static void council() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада ради", "Council community", "council");
        deputy = NationalIdentifiers.random();
        long person = TestDatabase.personWithRole(deputy, "Оксана Депутатка", community, "DEPUTY");
        TestDatabase.execute("insert into council_deputy (community_id, person_id, name, district, contacts, created_at)"
                + " values (?, ?, 'Оксана Депутатка', 'Виборчий округ № 3', 'прийом щопонеділка, каб. 108', now(6))", community, person);
        long budget = TestDatabase.councilDraft(community, "246-VIII", "Про внесення змін до бюджету громади на 2026 рік");
        draft = TestDatabase.councilDraft(community, "245-VIII", "Про затвердження Програми розвитку вуличного освітлення");
        TestDatabase.execute("insert into council_draft_version (community_id, draft_id, number, text, created_at)"
                + " values (?, ?, 2, 'Друга редакція: 7,1 млн грн на заміну 910 світильників, зокрема на Вокзальній.', now(6))",
                community, draft);
        TestDatabase.execute("update council_draft set current_version = 2, changed_at = now(6) where id = ?", draft);
        session = TestDatabase.councilSession(community, "Сорок друга сесія ради", true, budget, draft);
    }

    @Test
    void aDeputyOpensThePublishedAgendaReadsADraftAndWritesANote() {
        String agenda = "/" + SLUG + "/council/sessions/" + session;
        HttpResponse<String> anonymous = Http.get(agenda);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("245-VIII", "246-VIII");
        assertThat(anonymous.headers().allValues("Set-Cookie")).as("an anonymous reader gets no session").noneMatch(c -> c.startsWith("JSESSIONID"));

        signInAt("/cabinet/council.xhtml", deputy, "Оксана Депутатка");
        chromium.assertPhoneViewport();
        assertThat(chromium.driver.findElement(By.id("my-agendas")).getText()).contains("Сорок друга сесія ради", "не прочитано 2 з 2");
        chromium.assertNoSeriousViolations("the deputy's cabinet of agendas");
        chromium.driver.findElement(By.linkText("Сорок друга сесія ради")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        assertThat(chromium.driver.getCurrentUrl()).endsWith(agenda);
        assertThat(chromium.driver.findElement(By.id("agenda")).getText()).contains("Про внесення змін до бюджету",
                "Про затвердження Програми розвитку вуличного освітлення").doesNotContain("Прочитано");
        chromium.assertNoSeriousViolations("the published agenda");
        chromium.driver.findElement(By.partialLinkText("№ 245-VIII")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-text")));
        assertThat(chromium.driver.findElement(By.id("current-heading")).getText()).contains("2");
        assertThat(chromium.driver.findElement(By.id("current-text")).getText()).contains("910 світильників");
        assertThat(chromium.driver.findElement(By.id("versions-heading")).getText()).isEqualTo("Попередні редакції");
        assertThat(chromium.driver.findElement(By.id("current-since")).getText()).startsWith("Чинна з");
        chromium.assertNoSeriousViolations("the draft with its versions");

        chromium.driver.findElement(By.id("desk-link")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("note:text")));
        assertThat(chromium.driver.findElement(By.id("read-state")).getText()).isEqualTo("Ви ще не позначили цей проєкт прочитаним.");
        chromium.assertNoSeriousViolations("the deputy's desk");
        chromium.driver.findElement(By.id("read:mark")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("read-state"), "Прочитано"));
        chromium.driver.findElement(By.id("note:text")).sendKeys(NOTE);
        chromium.driver.findElement(By.id("note:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Нотатку збережено."));
        assertThat(chromium.driver.findElement(By.id("note:text")).getAttribute("value")).isEqualTo(NOTE);
        assertThat(chromium.driver.findElement(By.id("note-changed")).getText()).startsWith("Змінено");
        chromium.assertNoSeriousViolations("the desk with the note saved");

        chromium.open(ItSettings.baseUrl() + agenda);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        assertThat(chromium.driver.findElement(By.id("agenda")).getText()).contains("Прочитано");
        assertThat(chromium.driver.getPageSource()).as("no note on the agenda").doesNotContain(NOTE);
        chromium.driver.findElement(By.partialLinkText("№ 245-VIII")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-text")));
        assertThat(chromium.driver.getPageSource()).as("no note on the draft's public page").doesNotContain(NOTE);
        chromium.open(ItSettings.baseUrl() + "/cabinet/council.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-agendas")));
        assertThat(chromium.driver.findElement(By.id("my-agendas")).getText()).contains("не прочитано 1 з 2");
        signOut();

        HttpResponse<String> publicDraft = Http.get("/" + SLUG + "/council/drafts/" + draft);
        assertThat(publicDraft.statusCode()).isEqualTo(200);
        assertThat(publicDraft.body()).contains("910 світильників").doesNotContain(NOTE);
        assertThat(publicDraft.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(Http.get("/" + SLUG + "/council/desk/" + draft).statusCode()).as("the desk is for the signed-in").isIn(302, 303);
    }}
