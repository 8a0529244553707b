package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;
import ua.hromada.it.support.TestPhotos;

/**
 * A winning project's implementation in the browser at phone width: a moderator sets its status
 * and money spent and adds a milestone, marks it done; the public page shows the status, the
 * spending against the cost and the done step and a dated photo of the work the moderator added;
 * a resident follows the project from it.
 */
class ModeratorTracksImplementationUiIT extends BrowserJourney {
    private static final String SLUG = "implementation-journey";
    private static String moderator;
    private static String resident;
    private static long project;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада реалізації", "Implementation community", "budget");
        moderator = taxNumber();
        resident = taxNumber();
        TestDatabase.personWithRole(moderator, "Оксана Модераторка", community, "LOCAL_MODERATOR");
        long author = TestDatabase.personWithRole(resident, "Ірина Мешканка", community, "RESIDENT");
        long contest = TestDatabase.contest(community, "Бюджет участі 2026", "RESULTS");
        project = TestDatabase.project(contest, community, author, "ADMITTED", "Сквер біля школи");
        TestDatabase.execute("update budget_project set implementation = 'PLANNED' where id = ?", project);
    }

    @Test
    void aModeratorKeepsTheImplementationAndAResidentFollowsIt() throws Exception {
        chromium.open(base + "/" + SLUG + "/admin/budget/projects/" + project + "/implementation");
        signInOnProviderPage("moderator-" + moderator, moderator, "Оксана Модераторка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track:save")));
        chromium.assertPhoneViewport();
        new Select(chromium.driver.findElement(By.id("track:status"))).selectByVisibleText("Роботи тривають");
        chromium.driver.findElement(By.id("track:spent")).clear();
        chromium.driver.findElement(By.id("track:spent")).sendKeys("150 000");
        chromium.driver.findElement(By.id("track:note")).sendKeys("Підрядник висадив перші дерева.");
        chromium.driver.findElement(By.id("track:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Стан реалізації збережено"));
        chromium.driver.findElement(By.id("milestone:title")).sendKeys("Висадити дерева");
        ((JavascriptExecutor) chromium.driver).executeScript("document.getElementById('milestone:due').value = '2027-05-01'");
        chromium.driver.findElement(By.id("milestone:add")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Етап додано."));
        chromium.driver.findElement(By.cssSelector("#milestone-list input[type=submit]")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Етап позначено виконаним"));
        Path photo = Files.createTempFile("roboty-", ".png");
        Files.write(photo, TestPhotos.png(800, 600));
        chromium.driver.findElement(By.id("photo:file")).sendKeys(photo.toString());
        chromium.driver.findElement(By.id("photo:caption")).sendKeys("Висаджено перші дерева");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(1).toString();
        ((JavascriptExecutor) chromium.driver).executeScript("document.getElementById('photo:taken').value = '" + yesterday + "'");
        chromium.driver.findElement(By.id("photo:add-photo")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Фото додано."));
        Files.delete(photo);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("implementation console");
        signOut();

        chromium.open(base + "/" + SLUG + "/budget/projects/" + project);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("implementation")));
        assertThat(chromium.driver.findElement(By.id("implementation-status")).getText()).isEqualTo("Роботи тривають");
        assertThat(chromium.driver.findElement(By.id("spent")).getText().replace('\u00a0', ' ')).isEqualTo("Витрачено 150 000 грн із 300 000 грн");
        assertThat(chromium.driver.findElement(By.id("milestones")).getText()).contains("Висадити дерева",
                "виконано " + LocalDate.now(ZoneId.of("Europe/Kyiv")));
        assertThat(chromium.driver.findElement(By.cssSelector("#work-photos img")).getAttribute("alt")).isEqualTo("Висаджено перші дерева");
        assertThat(chromium.driver.findElement(By.cssSelector("#work-photos figcaption")).getText()).contains("знято " + yesterday);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("implementation on the project's page, anonymous");
        chromium.driver.findElement(By.linkText("Увійдіть, щоб стежити за реалізацією")).click();
        signInOnProviderPage("resident-" + resident, resident, "Ірина Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow:follow-button"))).click();
        chromium.wait.until(d -> d.getPageSource().contains("Ви стежите за реалізацією проєкту"));
        assertThat(chromium.driver.findElements(By.id("follow:unfollow-button"))).hasSize(1);
    }

    private static String taxNumber() {
        return NationalIdentifiers.random();
    }
}
