package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Two authors consent to merging their similar projects, at phone width: a moderator proposes on
 * one project's review page that it joins the other, with a reason; each author, signed in, reads
 * the proposal on their own project's page and consents; then anyone reads that the first project
 * joined the second, with a link to it, and both answers.
 */
class AuthorsConsentToMergeUiIT extends BrowserJourney {
    private static final String SLUG = "merge-journey";
    private static final String REASON = "Обидва проєкти облаштовують сквер біля школи.";
    private static String moderator;
    private static String first;
    private static String second;
    private static long absorbed;
    private static long kept;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада об’єднання", "Merge community", "budget");
        moderator = identifier();
        first = identifier();
        second = identifier();
        TestDatabase.personWithRole(moderator, "Оксана Модераторка", community, "LOCAL_MODERATOR");
        long firstAuthor = TestDatabase.personWithRole(first, "Петро Перший", community, "RESIDENT");
        long secondAuthor = TestDatabase.personWithRole(second, "Дарина Друга", community, "RESIDENT");
        long contest = TestDatabase.contest(community, "Бюджет участі 2027", "REVIEW");
        absorbed = TestDatabase.project(contest, community, firstAuthor, "IN_REVIEW", "Лавки у сквері");
        kept = TestDatabase.project(contest, community, secondAuthor, "IN_REVIEW", "Сквер біля школи");
    }

    @Test
    void aModeratorProposesAndBothAuthorsConsent() {
        chromium.open(base + "/" + SLUG + "/admin/budget/projects/" + absorbed + "/review");
        signInOnProviderPage("moderator-" + moderator, moderator, "Оксана Модераторка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge:propose")));
        new Select(chromium.driver.findElement(By.id("merge:into"))).selectByVisibleText("№ 2. Сквер біля школи");
        chromium.driver.findElement(By.id("merge:merge-reason")).sendKeys(REASON);
        chromium.assertNoSeriousViolations("merge form on the review page");
        acceptConfirmations();
        chromium.driver.findElement(By.id("merge:propose")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Об’єднання запропоновано; авторів повідомлено."));
        assertThat(chromium.driver.findElement(By.id("merges")).getText()).contains("Запропоновано приєднати цей проєкт до проєкту"
                + " № 2. Сквер біля школи. Чекаємо на згоду авторів обох проєктів.").contains(REASON);
        chromium.assertNoSeriousViolations("open proposal on the review page");
        signOut();

        consentAs(first, "Петро Перший", absorbed);
        signOut();
        consentAs(second, "Дарина Друга", kept);
        assertThat(chromium.driver.findElement(By.id("merges")).getText()).contains("До цього проєкту приєднано проєкт № 1. Лавки у сквері");
        signOut();

        openAnonymousUntil(base + "/" + SLUG + "/budget/projects/" + absorbed, "Цей проєкт приєднано до проєкту");
        assertThat(chromium.driver.findElement(By.cssSelector(".meta .status")).getText()).isEqualTo("Об’єднано з іншим проєктом");
        String merges = chromium.driver.findElement(By.id("merges")).getText();
        assertThat(merges).contains("Цей проєкт приєднано до проєкту № 2. Сквер біля школи").contains("Автор проєкту № 1: згоду дано")
                .contains("Автор проєкту № 2: згоду дано");
        chromium.driver.findElement(By.linkText("№ 2. Сквер біля школи")).click();
        chromium.wait.until(ExpectedConditions.urlContains("/budget/projects/" + kept));
        chromium.assertNoSeriousViolations("merged project's page, anonymous");
    }

    /** Signs in as the author and consents on their project's page. */
    private void consentAs(String identifier, String name, long project) {
        chromium.open(base + "/signin?return=/" + SLUG + "/budget/projects/" + project);
        signInOnProviderPage("author-" + identifier, identifier, name);
        By consent = By.cssSelector("[id$='answer:consent']");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(consent));
        chromium.assertNoSeriousViolations("merge proposal on the author's page");
        acceptConfirmations();
        chromium.driver.findElement(consent).click();
        chromium.wait.until(d -> d.getPageSource().contains("Вашу згоду записано."));
        assertThat(chromium.driver.findElements(consent)).isEmpty();
    }

    private static String identifier() {
        return NationalIdentifiers.random();
    }
}
