package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * A visitor on a phone finds their community from the landing page search, reads its home page and
 * switches it to English; both pages pass the WCAG 2.1 A/AA axe-core rules without serious or
 * critical violations. Runs Debian's headless Chromium and chromedriver from /usr/bin (never a
 * Selenium Manager download) against the deployed EAR.
 */
class VisitorFindsCommunityUiIT extends BrowserJourney {
    private static final String SLUG = "browser-visit";
    private static final String NAME_UK = "Громада для браузера";
    private static final String NAME_EN = "Browser Community";
    private static final String ANNOUNCEMENT = "Прибирання парку в неділю";
    /** A community the search must leave out, so a search that ignores the query is caught. */
    private static final String OTHER_SLUG = "browser-other";

    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void community() throws Exception {
        long id = TestDatabase.community(SLUG, NAME_UK, NAME_EN);
        TestDatabase.announcement(id, ANNOUNCEMENT, "Збір о 9:00 біля входу", "PUBLISHED", Instant.now().minusSeconds(60));
        TestDatabase.community(OTHER_SLUG, "Інша громада", "Other Community");
        driver = chromium.driver;
        wait = chromium.wait;
    }


    /** Each test starts as a first-time visitor: no remembered language. */
    @BeforeEach
    void forgetLanguage() {
        open("/");
        driver.manage().deleteAllCookies();
    }

    @Test
    void visitorSearchesByNameOpensCommunityAndSwitchesToEnglish() {
        open("/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");

        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        search.sendKeys("браузера", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));

        By communityLink = By.cssSelector("ul.communities a[href='/" + SLUG + "/']");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(communityLink));
        assertThat(link.getText()).isEqualTo(NAME_UK);
        assertThat(driver.findElements(By.cssSelector("ul.communities a[href='/" + OTHER_SLUG + "/']")))
                .as("a community whose name does not match the query").isEmpty();
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("браузера");

        link.click();
        wait.until(ExpectedConditions.urlToBe(ItSettings.baseUrl() + "/" + SLUG + "/"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), NAME_UK));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.announcement h3"))).getText())
                .isEqualTo(ANNOUNCEMENT);

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[hreflang='en']"))).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), NAME_EN));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.getCurrentUrl()).isEqualTo(ItSettings.baseUrl() + "/" + SLUG + "/?lang=en");
        assertThat(driver.findElement(By.cssSelector("article.announcement h3")).getText()).isEqualTo(ANNOUNCEMENT);
        assertThat(driver.findElements(By.cssSelector("a[hreflang='uk']"))).as("link back to Ukrainian").hasSize(1);
    }

    @Test
    void landingPageOnAPhoneHasNoSeriousAccessibilityViolations() {
        // searched for: other tests register communities too, and the first page shows only 20
        open("/?q=" + SLUG);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ul.communities a[href='/" + SLUG + "/']")));
        chromium.assertPhoneViewport();
        chromium.screenshot("landing-phone.png");
        chromium.assertNoSeriousViolations("landing page /");
    }

    @Test
    void communityPageOnAPhoneHasNoSeriousAccessibilityViolations() {
        open("/" + SLUG + "/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), NAME_UK));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.announcement h3")));
        chromium.assertPhoneViewport();
        chromium.screenshot("community-phone.png");
        chromium.assertNoSeriousViolations("community page /" + SLUG + "/");
    }

    private static void open(String path) {
        chromium.open(ItSettings.baseUrl() + path);
    }
}
