package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Chromium;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A moderator works through the review queue, at phone width and then at a desk in the same
 * session: opens a project from the queue, records its three checks with comments, corrects its
 * cost, admits it; the queue is empty then, and the project's public page shows the decision, the
 * author's cost beside the corrected one and the checks.
 */
class ModeratorReviewsProjectUiIT extends BrowserJourney {
    private static final String SLUG = "review-journey";
    private static String moderator;
    private static long contest;
    private static long project;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада розгляду", "Review community", "budget");
        moderator = NationalIdentifiers.random();
        TestDatabase.personWithRole(moderator, "Оксана Модераторка", community, "LOCAL_MODERATOR");
        long author = TestDatabase.personWithRole(NationalIdentifiers.random(),
                "Авторка Проєкту", community, "RESIDENT");
        contest = TestDatabase.contest(community, "Бюджет участі 2027", "REVIEW");
        project = TestDatabase.project(contest, community, author, "IN_REVIEW");
    }

    @Test
    void aModeratorChecksCorrectsAndAdmitsAProjectAtPhoneAndDesk() throws Exception {
        String queue = base + "/" + SLUG + "/admin/budget/" + contest + "/review";
        chromium.open(queue);
        signInOnProviderPage("moderator-" + moderator, moderator, "Оксана Модераторка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Сквер біля школи")));
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("review queue");
        chromium.driver.findElement(By.linkText("Сквер біля школи")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check:record")));
        record("Здійсненність", "Ділянка належить громаді, місце вільне.");
        record("Відповідність законодавству", "Дозволів не потрібно.");
        record("Кошторис", "Ціни відповідають ринковим.");
        assertThat(chromium.driver.findElements(By.cssSelector("#checks li"))).hasSize(3);
        chromium.driver.findElement(By.id("cost:amount")).sendKeys("280 000");
        chromium.driver.findElement(By.id("cost:reason")).sendKeys("Лавки дешевші за цінами Prozorro.");
        chromium.driver.findElement(By.id("cost:correct")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Вартість виправлено."));
        assertThat(text(By.id("cost-correction"))).isEqualTo("Вартість після перевірки: було 300 000 грн, стало 280 000 грн"
                + " — Лавки дешевші за цінами Prozorro.");
        chromium.assertNoSeriousViolations("project review at phone width");

        try (Chromium desk = chromium.atDeskInSameSession()) {
            desk.open(base + "/" + SLUG + "/admin/budget/projects/" + project + "/review");
            desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision:admit")));
            desk.assertDesktopViewport();
            desk.assertNoSeriousViolations("project review at a desk");
            desk.acceptConfirmations();
            desk.driver.findElement(By.id("decision:admit")).click();
            desk.wait.until(d -> d.getPageSource().contains("Проєкт допущено до голосування."));
            assertThat(desk.driver.findElement(By.id("project-status")).getText()).startsWith("Допущено до голосування");
            desk.open(queue);
            desk.wait.until(d -> d.getPageSource().contains("Проєктів на розгляді немає."));
        }

        chromium.open(base + "/" + SLUG + "/budget/projects/" + project);
        assertThat(text(By.id("decision"))).startsWith("Допущено до голосування");
        assertThat(text(By.id("checks"))).contains("Здійсненність: Пройдено — Ділянка належить громаді, місце вільне.");
        assertThat(text(By.id("project-cost"))).isEqualTo("280 000 грн");
        chromium.assertNoSeriousViolations("reviewed project's page");
    }

    private static void record(String kind, String comment) {
        new Select(chromium.driver.findElement(By.id("check:kind"))).selectByVisibleText(kind);
        WebElement field = chromium.driver.findElement(By.id("check:comment"));
        field.clear();
        field.sendKeys(comment);
        chromium.driver.findElement(By.id("check:record")).click();
        chromium.wait.until(d -> text(By.id("checks")).contains(comment));
    }

    /** An element's text with the no-break spaces that group a sum's digits read as spaces. */
    private static String text(By element) {
        return chromium.driver.findElement(element).getText().replace('\u00a0', ' ');
    }
}
