package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;
import ua.hromada.it.support.TestPhotos;

/**
 * A resident puts forward a project in the browser at phone width: from the contest's page to
 * sign-in and the form (its only category chosen already), a cost breakdown below the category's
 * least cost is refused with the draft saved and everything typed kept, a photo attached to the
 * draft (a phone's JPEG with EXIF) with its description, a line added, the project submitted; its
 * public page shows its number, cost lines and total and the photo (lazy, its description as its
 * text alternative, within the phone's width), never the author's contacts.
 */
class ResidentSubmitsProjectUiIT extends BrowserJourney {
    private static final String SLUG = "project-journey";
    private static final String PHONE = "+380671112233";
    private static String resident;
    private static long contest;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада проєктів", "Projects community", "budget");
        resident = NationalIdentifiers.random();
        TestDatabase.personWithRole(resident, "Ірина Мешканка", community, "RESIDENT");
        contest = TestDatabase.contest(community, "Бюджет участі 2027", "SUBMISSION");
    }

    @Test
    void aResidentSubmitsAProjectWhoseCostFitsTheCategory() throws Exception {
        chromium.open(base + "/" + SLUG + "/budget/" + contest);
        chromium.assertNoSeriousViolations("contest page, anonymous");
        chromium.driver.findElement(By.id("submit-project")).click();
        signInOnProviderPage("resident-" + resident, resident, "Ірина Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:title")));
        chromium.assertPhoneViewport();
        chromium.driver.findElement(By.id("project:title")).sendKeys("Сквер біля школи № 3");
        chromium.driver.findElement(By.id("project:description")).sendKeys("Облаштувати сквер біля школи: лавки, освітлення і тінь,"
                + " щоб там було затишно і дітям, і людям похилого віку.");
        chromium.driver.findElement(By.id("project:location")).sendKeys("вул. Шевченка, 12");
        chromium.driver.findElement(By.id("project:contacts")).sendKeys(PHONE);
        List<WebElement> items = chromium.driver.findElements(By.cssSelector("ol.lines input[id$=':item']"));
        List<WebElement> amounts = chromium.driver.findElements(By.cssSelector("ol.lines input[id$=':amount']"));
        items.get(0).sendKeys("Лавки та урни");
        amounts.get(0).sendKeys("30 000");
        items.get(1).sendKeys("Освітлення");
        amounts.get(1).sendKeys("20 000,50");
        chromium.assertNoSeriousViolations("project form");
        acceptConfirmations();
        chromium.driver.findElement(By.id("project:submit")).click();
        chromium.wait.until(d -> text(By.tagName("main")).contains("Кошторис разом — 50 000,50 грн, а проєкт цієї категорії має"
                + " коштувати від 100 000 грн до 1 000 000 грн."));
        assertThat(text(By.tagName("main"))).contains("Чернетку збережено; виправте сказане вище й подайте знову.");
        assertThat(chromium.driver.findElement(By.id("project:title")).getAttribute("value")).isEqualTo("Сквер біля школи № 3");
        assertThat(text(By.id("lines-total"))).isEqualTo("Разом: 50 000,50 грн");

        Path photo = Files.createTempFile("skver-", ".jpg");
        Files.write(photo, TestPhotos.jpegWithExif(1600, 1200));
        chromium.driver.findElement(By.id("photo:file")).sendKeys(photo.toString());
        chromium.driver.findElement(By.id("photo:caption")).sendKeys("Сквер зараз: старі лавки й голий ґрунт");
        chromium.driver.findElement(By.id("photo:add-photo")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Фото додано."));
        Files.delete(photo);
        assertThat(chromium.driver.findElement(By.cssSelector("#photo-list-items img")).getAttribute("alt"))
                .isEqualTo("Сквер зараз: старі лавки й голий ґрунт");
        assertThat(chromium.driver.findElement(By.id("project:title")).getAttribute("value")).as("the project's fields stay")
                .isEqualTo("Сквер біля школи № 3");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("project form with a photo");

        chromium.driver.findElement(By.id("project:add-line")).click();
        chromium.wait.until(d -> d.findElements(By.cssSelector("ol.lines > li")).size() == 4);
        items = chromium.driver.findElements(By.cssSelector("ol.lines input[id$=':item']"));
        amounts = chromium.driver.findElements(By.cssSelector("ol.lines input[id$=':amount']"));
        assertThat(amounts.get(1).getAttribute("value")).as("what was typed stays").isEqualTo("20 000,50");
        items.get(3).sendKeys("Висадка дерев");
        amounts.get(3).sendKeys("100 000");
        acceptConfirmations();
        chromium.driver.findElement(By.id("project:submit")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Проєкт подано. Дякуємо!"));
        assertThat(text(By.tagName("h1"))).isEqualTo("№ 1. Сквер біля школи № 3");
        assertThat(text(By.id("project-cost"))).isEqualTo("150 000,50 грн");
        assertThat(text(By.cssSelector("table.cost"))).contains("Лавки та урни 30 000 грн", "Освітлення 20 000,50 грн",
                "Висадка дерев 100 000 грн");
        assertThat(chromium.driver.getPageSource()).doesNotContain(PHONE);
        WebElement shown = chromium.driver.findElement(By.cssSelector("#project-photos img"));
        assertThat(shown.getAttribute("alt")).isEqualTo("Сквер зараз: старі лавки й голий ґрунт");
        assertThat(shown.getAttribute("loading")).isEqualTo("lazy");
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].scrollIntoView()", shown);
        chromium.wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0",
                shown)).intValue() > 0);
        assertThat(((Number) ((JavascriptExecutor) chromium.driver).executeScript("return arguments[0].naturalWidth", shown)).intValue())
                .as("the served photo, turned upright and within 2000 px").isEqualTo(1200);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("project page");
        chromium.screenshot("budget-project-phone.png");

        chromium.open(base + "/" + SLUG + "/budget/" + contest);
        assertThat(text(By.id("projects"))).contains("№ 1. Сквер біля школи № 3", "150 000,50 грн");
        assertThat(text(By.id("my-projects"))).contains("Сквер біля школи № 3", "Подано");
    }

    /** An element's text with the no-break spaces that group a sum's digits read as spaces. */
    private static String text(By element) {
        return chromium.driver.findElement(element).getText().replace('\u00a0', ' ');
    }
}
