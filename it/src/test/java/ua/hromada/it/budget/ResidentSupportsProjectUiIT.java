package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A resident supports someone else's project during the preliminary support, at phone width and
 * with the keyboard: from the project's page to sign-in and back, one support counted, the button
 * gone and the page saying so.
 */
class ResidentSupportsProjectUiIT extends BrowserJourney {
    private static final String SLUG = "support-journey";
    private static String resident;
    private static long project;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада підтримки", "Support community", "budget");
        resident = NationalIdentifiers.random();
        TestDatabase.personWithRole(resident, "Ірина Мешканка", community, "RESIDENT");
        long author = TestDatabase.personWithRole(NationalIdentifiers.random(),
                "Авторка Проєкту", community, "RESIDENT");
        long contest = TestDatabase.contest(community, "Бюджет участі 2027", "SUPPORT");
        TestDatabase.execute("update budget_contest set supporters_needed = 10 where id = ?", contest);
        project = TestDatabase.project(contest, community, author, "SUBMITTED");
    }

    @Test
    void aResidentSupportsAProjectOnce() {
        chromium.open(base + "/" + SLUG + "/budget/projects/" + project);
        assertThat(chromium.driver.findElement(By.id("supporters")).getText()).isEqualTo("0 з 10 потрібних підтримок");
        chromium.assertNoSeriousViolations("project gathering support, anonymous");
        chromium.driver.findElement(By.linkText("Увійдіть, щоб підтримати")).click();
        signInOnProviderPage("resident-" + resident, resident, "Ірина Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("support-form:support-button"))).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Дякуємо, вашу підтримку враховано."));
        assertThat(chromium.driver.findElement(By.id("supporters")).getText()).isEqualTo("1 з 10 потрібних підтримок");
        assertThat(chromium.driver.findElement(By.id("supported")).getText()).isEqualTo("Ви підтримали цей проєкт.");
        assertThat(chromium.driver.findElements(By.id("support-form:support-button"))).isEmpty();
        chromium.assertNoSeriousViolations("supported project");
    }
}
