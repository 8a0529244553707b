package ua.hromada.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a Selenium Manager download),
 * at phone size, with the page checks every browser test shares: axe-core and screenshots.
 */
public final class Chromium implements AutoCloseable {
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final int DESKTOP_WIDTH = 1280;
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;

    Chromium() throws IOException {
        this(true);
    }

    private Chromium(boolean phone) throws IOException {
        profile = Files.createTempDirectory("hromada-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                phone ? "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT : "--window-size=" + DESKTOP_WIDTH + ",900");
        if (phone) {
            // Chromium will not make a window narrower than 500 px, even headless; chromedriver's device
            // emulation gives the page a real phone viewport (honouring <meta name="viewport">).
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        }
        // An explicit driver executable: Selenium's DriverFinder then never runs Selenium Manager.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // while a page is replaced, chromedriver may answer for nodes of the old one; wait on
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }

    public void open(String url) {
        driver.get(url);
        waitForPage();
    }

    public void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * A second browser at a desk (1280 px wide, no phone emulation) in the same session as this
     * one: it carries this browser's cookies, so the person is signed in there too. Close it after use.
     */
    public Chromium atDeskInSameSession() throws IOException {
        Chromium desk = new Chromium(false);
        desk.open(ItSettings.baseUrl() + "/");
        for (Cookie cookie : driver.manage().getCookies()) {
            desk.driver.manage().addCookie(cookie);
        }
        return desk;
    }

    public void assertDesktopViewport() {
        Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        assertThat(((Number) width).intValue()).as("viewport width").isEqualTo(DESKTOP_WIDTH);
    }

    /** The page's confirm() dialogs (before a decision) answer yes from now on, until the next page load. */
    public void acceptConfirmations() {
        ((JavascriptExecutor) driver).executeScript("window.confirm = function () { return true; };");
    }

    public void assertPhoneViewport() {
        Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        assertThat(((Number) width).intValue()).as("viewport width").isEqualTo(PHONE_WIDTH);
        Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width: nothing overflows sideways on a phone")
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("hromada.it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Chooses a community in a community picker (p:autoComplete {@code field}) from the keyboard,
     * as a person does: types part of its name, arrows down to the suggestion and presses Enter.
     */
    public void pickCommunity(String field, String typed, String name) {
        typeInCommunityPicker(field, typed, name);
        chooseSuggestedCommunity(field, name);
    }

    /** Types part of a community's name into the picker and waits until that community is suggested. */
    public void typeInCommunityPicker(String field, String typed, String name) {
        WebElement input = driver.findElement(By.id(field + "_input"));
        input.clear();
        input.sendKeys(typed);
        wait.until(d -> suggestions(field).stream().anyMatch(li -> li.isDisplayed() && li.getText().equals(name)));
    }

    /** With the suggestions open: arrows down to the community (the first is highlighted) and presses Enter. */
    public void chooseSuggestedCommunity(String field, String name) {
        WebElement input = driver.findElement(By.id(field + "_input"));
        int index = suggestions(field).stream().map(WebElement::getText).toList().indexOf(name);
        for (int i = 0; i < index; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        input.sendKeys(Keys.ENTER);
        wait.until(d -> name.equals(input.getAttribute("value")) && !d.findElement(By.id(field + "_panel")).isDisplayed());
    }

    private List<WebElement> suggestions(String field) {
        return driver.findElements(By.cssSelector("[id='" + field + "_panel'] li.ui-autocomplete-item"));
    }

    /** axe-core with the WCAG 2.1 A/AA rules: no serious or critical violation on the page. */
    public void assertNoSeriousViolations(String what) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        // An axe run that failed or checked nothing must not pass as "no violations".
        assertThat(results.getErrorMessage()).as("axe-core error on " + what).isNull();
        assertThat(results.getPasses()).as("axe-core rules that passed on " + what).isNotEmpty();
        List<Rule> violations = results.getViolations();
        String report = violations.stream().map(Chromium::describe).collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            System.out.println("axe-core violations on " + what + ":\n" + report);
        }
        assertThat(violations).filteredOn(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .as("serious or critical axe-core (WCAG 2.1 A/AA) violations on %s; all violations:%n%s", what, report)
                .isEmpty();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes() == null ? "" : rule.getNodes().stream()
                .map(CheckedNode::getTarget).map(String::valueOf).collect(Collectors.joining(", "));
        return "  " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " -> " + targets;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
