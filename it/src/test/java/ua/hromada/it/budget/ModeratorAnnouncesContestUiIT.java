package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A contest in the browser at phone width: a moderator prepares it in the console (amounts in
 * hryvnias as people type them, the six stage dates), a category over the total is refused with
 * what was typed kept, two categories are added (one with a number of picks, one "whatever fits")
 * and the contest is announced; anyone then reads its stages, the current one marked, its
 * categories and its rules on the public page.
 */
class ModeratorAnnouncesContestUiIT extends BrowserJourney {
    private static final String SLUG = "budget-journey";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String[] STAGES = {"submission", "support", "review", "voting", "results", "implementation"};
    private static String moderator;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада бюджету участі", "Budget community", "budget");
        moderator = NationalIdentifiers.random();
        TestDatabase.personWithRole(moderator, "Оксана Модераторка", community, "LOCAL_MODERATOR");
    }

    @Test
    void aModeratorPreparesAndAnnouncesAContestThatAnyoneThenReads() {
        chromium.open(base + "/" + SLUG + "/admin/budget/new");
        signInOnProviderPage("moderator-" + moderator, moderator, "Оксана Модераторка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest:title")));
        chromium.assertPhoneViewport();
        chromium.driver.findElement(By.id("contest:title")).sendKeys("Бюджет участі 2027");
        chromium.driver.findElement(By.id("contest:description")).sendKeys("Громада виділяє два мільйони гривень на ідеї мешканців.");
        chromium.driver.findElement(By.id("contest:total")).sendKeys("2 000 000");
        new Select(chromium.driver.findElement(By.id("contest:rule"))).selectByVisibleText("Метод рівних часток");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Kyiv"));
        for (int i = 0; i < STAGES.length; i++) {
            setValue("contest:start-" + STAGES[i], now.minusHours(1).plusDays(10L * i).format(LOCAL));
        }
        chromium.driver.findElement(By.id("contest:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Чернетку конкурсу створено"));
        assertThat(chromium.driver.findElement(By.id("contest:total")).getAttribute("value")).isEqualTo("2000000");

        addCategory("Загальноміські проєкти", "3 000 000", "100 000", "500 000", "3");
        chromium.wait.until(d -> d.getPageSource().contains("Бюджети категорій разом перевищують загальний бюджет конкурсу"));
        assertThat(chromium.driver.findElement(By.id("category:name")).getAttribute("value")).as("what was typed stays")
                .isEqualTo("Загальноміські проєкти");
        replace("category:budget", "1 500 000");
        chromium.driver.findElement(By.id("category:add")).click();
        chromium.wait.until(d -> text(By.id("category-list")).contains("Загальноміські проєкти"));
        addCategory("Зелена громада", "500 000", "50 000", "250 000", "");
        chromium.wait.until(d -> text(By.id("category-list")).contains("Зелена громада"));
        assertThat(text(By.id("category-list"))).contains("до 3 проєктів",
                "будь-які проєкти, що разом вміщаються в бюджет категорії");
        assertThat(text(By.id("categories-total"))).isEqualTo("Категорії разом: 2 000 000 грн із 2 000 000 грн");
        chromium.assertNoSeriousViolations("contest form with categories");
        acceptConfirmations();
        chromium.driver.findElement(By.id("contest:publish")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Конкурс оголошено"));
        assertThat(chromium.driver.findElement(By.id("contest-stage")).getText()).isEqualTo("Подання проєктів");
        String page = chromium.driver.findElement(By.linkText("Публічна сторінка")).getAttribute("href");
        signOut();

        chromium.open(page);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.stages")));
        WebElement current = chromium.driver.findElement(By.cssSelector("ol.stages li[aria-current=step]"));
        assertThat(current.getText()).startsWith("Подання проєктів").contains("триває зараз");
        assertThat(chromium.driver.findElements(By.cssSelector("ol.stages li"))).hasSize(6);
        String table = text(By.cssSelector("ul.categories"));
        assertThat(table).contains("Загальноміські проєкти", "1 500 000 грн", "100 000 грн — 500 000 грн", "Зелена громада");
        assertThat(chromium.driver.getPageSource()).contains("Метод рівних часток", "віком від 16 років");
        chromium.assertNoSeriousViolations("contest page, anonymous");
        chromium.screenshot("budget-contest-phone.png");
        chromium.open(base + "/" + SLUG + "/budget");
        assertThat(text(By.cssSelector("ul.item-list"))).contains("Бюджет участі 2027",
                "Подання проєктів", "2 000 000 грн");
    }

    /** An element's text with the no-break spaces that group a sum's digits read as spaces. */
    private static String text(By element) {
        return chromium.driver.findElement(element).getText().replace('\u00a0', ' ');
    }

    private static void addCategory(String name, String budget, String min, String max, String picks) {
        replace("category:name", name);
        replace("category:budget", budget);
        replace("category:min", min);
        replace("category:max", max);
        replace("category:picks", picks);
        chromium.driver.findElement(By.id("category:add")).click();
    }

    private static void replace(String id, String value) {
        WebElement field = chromium.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** A field's value set as a date picker would (no typing per character). */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].value = arguments[1];", chromium.driver.findElement(By.id(id)),
                value);
    }
}
