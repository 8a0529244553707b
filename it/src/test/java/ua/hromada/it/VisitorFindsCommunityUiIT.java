package ua.hromada.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor on a phone finds their community from the landing page search, reads its home page and
 * switches it to English; both pages pass the WCAG 2.1 A/AA axe-core rules without serious or
 * critical violations. Runs Debian's headless Chromium and chromedriver from /usr/bin (never a
 * Selenium Manager download) against the deployed EAR.
 */
class VisitorFindsCommunityUiIT {
    private static final String SLUG = "browser-visit";
    private static final String NAME_UK = "Громада для браузера";
    private static final String NAME_EN = "Browser Community";
    private static final String ANNOUNCEMENT = "Прибирання парку в неділю";
    /** A community the search must leave out, so a search that ignores the query is caught. */
    private static final String OTHER_SLUG = "browser-other";

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static Path profile;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void communityAndBrowser() throws Exception {
        long id = TestDatabase.community(SLUG, NAME_UK, NAME_EN);
        TestDatabase.announcement(id, ANNOUNCEMENT, "Збір о 9:00 біля входу", "PUBLISHED", Instant.now().minusSeconds(60));
        TestDatabase.community(OTHER_SLUG, "Інша громада", "Other Community");

        profile = Files.createTempDirectory("hromada-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        // Chromium will not make a window narrower than 500 px, even headless; chromedriver's device
        // emulation gives the page a real phone viewport (honouring <meta name="viewport">).
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        // An explicit driver executable: Selenium's DriverFinder then never runs Selenium Manager.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterAll
    static void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
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

        WebElement page = driver.findElement(By.tagName("html"));
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        search.sendKeys("браузера", Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(page));
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

        page = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[hreflang='en']"))).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), NAME_EN));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.getCurrentUrl()).isEqualTo(ItSettings.baseUrl() + "/" + SLUG + "/?lang=en");
        assertThat(driver.findElement(By.cssSelector("article.announcement h3")).getText()).isEqualTo(ANNOUNCEMENT);
        assertThat(driver.findElements(By.cssSelector("a[hreflang='uk']"))).as("link back to Ukrainian").hasSize(1);
    }

    @Test
    void landingPageOnAPhoneHasNoSeriousAccessibilityViolations() throws IOException {
        open("/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ul.communities a[href='/" + SLUG + "/']")));
        assertPhoneViewport();
        screenshot("landing-phone.png");
        assertNoSeriousViolations("landing page /");
    }

    @Test
    void communityPageOnAPhoneHasNoSeriousAccessibilityViolations() throws IOException {
        open("/" + SLUG + "/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), NAME_UK));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.announcement h3")));
        assertPhoneViewport();
        screenshot("community-phone.png");
        assertNoSeriousViolations("community page /" + SLUG + "/");
    }

    private static void open(String path) {
        driver.get(ItSettings.baseUrl() + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void assertPhoneViewport() {
        Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        assertThat(((Number) width).intValue()).as("viewport width").isEqualTo(PHONE_WIDTH);
        Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width: nothing overflows sideways on a phone")
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("hromada.it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void assertNoSeriousViolations(String what) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        // An axe run that failed or checked nothing must not pass as "no violations".
        assertThat(results.getErrorMessage()).as("axe-core error on " + what).isNull();
        assertThat(results.getPasses()).as("axe-core rules that passed on " + what).isNotEmpty();

        List<Rule> violations = results.getViolations();
        String report = violations.stream().map(VisitorFindsCommunityUiIT::describe).collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            System.out.println("axe-core violations on " + what + ":\n" + report);
        }
        assertThat(violations)
                .filteredOn(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .as("serious or critical axe-core (WCAG 2.1 A/AA) violations on %s; all violations:%n%s", what, report)
                .isEmpty();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes() == null ? "" : rule.getNodes().stream()
                .map(CheckedNode::getTarget).map(String::valueOf).collect(Collectors.joining(", "));
        return "  " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " -> " + targets;
    }
}
