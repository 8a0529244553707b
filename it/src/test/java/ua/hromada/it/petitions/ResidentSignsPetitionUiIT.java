package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A petition's whole way in the browser: a resident writes it, a moderator publishes it, another
 * resident signs and the threshold is reached, the secretariat answers, and anyone reads the answer.
 */
class ResidentSignsPetitionUiIT extends BrowserJourney {
    private static final String SLUG = "petition-journey";
    private static final String TITLE = "Освітлення на вулиці Лісовій";
    private static final String TEXT = "Просимо встановити ліхтарі на вулиці Лісовій: увечері там темно, <script>alert(1)</script> небезпечно.";
    private static final String RESPONSE = "Ліхтарі встановлять до кінця року.";
    private final String base = ItSettings.baseUrl();
    private static long community;
    private static final String[] IDS = new String[4];

    @BeforeAll
    static void community() throws Exception {
        community = TestDatabase.community(SLUG, "Громада петицій", "Petition Community");
        TestDatabase.execute("insert into community_tool (community_id, tool) values (?, 'petitions')", community);
        TestDatabase.execute("insert into community_setting (community_id, name, value) values (?, 'petitions.threshold', '2'),"
                + " (?, 'petitions.text-min', '20')", community, community);
        String[] roles = {"RESIDENT", "LOCAL_MODERATOR", "RESIDENT", "SECRETARIAT_OFFICER"};
        String[] names = {"Оксана Авторка", "Богдан Модератор", "Ірина Підписантка", "Тарас Секретар"};
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = NationalIdentifiers.random();
            TestDatabase.personWithRole(IDS[i], names[i], community, roles[i]);
        }
    }

    @Test
    void residentWritesModeratorPublishesResidentSignsSecretariatAnswers() throws Exception {
        // 1. The public list, then "start a petition" asks the author to sign in and brings them back to the form.
        chromium.open(base + "/" + SLUG + "/petitions");
        chromium.assertNoSeriousViolations("petition list");
        chromium.driver.findElement(By.linkText("Створити петицію")).click();
        signInOnProviderPage("author-" + IDS[0], IDS[0], "Оксана Авторка");
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/petitions/new"));
        chromium.waitForPage();
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("petition form");
        chromium.driver.findElement(By.id("petition:title")).sendKeys(TITLE);
        chromium.driver.findElement(By.id("petition:text")).sendKeys(TEXT);
        assertThat(draftCopies()).as("the browser keeps a copy of the draft while it is typed").isPositive();
        acceptConfirmations();
        chromium.driver.findElement(By.id("petition:submit")).click();
        chromium.wait.until(d -> d.getCurrentUrl().matches(".*/" + SLUG + "/petitions/\\d+"));
        String page = chromium.driver.getCurrentUrl();
        assertThat(chromium.driver.findElement(By.cssSelector(".petition .status")).getText()).isEqualTo("На модерації");
        // a copy left behind (another draft, never submitted) goes at sign-out: the next person at this browser sees none
        ((JavascriptExecutor) chromium.driver).executeScript("localStorage.setItem('hromada-draft:petition-left', '{\"petition:text\":\"приватне\"}')");
        signOut();
        assertThat(draftCopies()).as("no draft copy survives sign-out").isZero();

        // 2. The moderator publishes it from the console queue.
        chromium.open(base + "/" + SLUG + "/admin/petitions");
        signInOnProviderPage("moderator-" + IDS[1], IDS[1], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(TITLE)));
        chromium.assertNoSeriousViolations("petition console");
        chromium.driver.findElement(By.linkText(TITLE)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish:publish-button")));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        acceptConfirmations();
        chromium.driver.findElement(By.id("publish:publish-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Петицію оприлюднено"));
        signOut();

        // 3. A resident reads the publication notice and signs; the threshold (2: author and signer) is reached.
        chromium.open(page);
        chromium.driver.findElement(By.linkText("Увійдіть, щоб підписати")).click();
        signInOnProviderPage("signer-" + IDS[2], IDS[2], "Ірина Підписантка");
        chromium.wait.until(ExpectedConditions.urlToBe(page));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publication-notice")));
        assertThat(chromium.driver.findElement(By.id("publication-notice")).getText()).contains("повне ім’я, дата й час");
        chromium.assertNoSeriousViolations("petition page, collecting");
        chromium.driver.findElement(By.id("sign:sign-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Ваш підпис враховано"));
        assertThat(chromium.driver.findElement(By.id("signed-note")).getText()).startsWith("Ви підписали цю петицію");
        assertThat(chromium.driver.findElements(By.id("sign:sign-button"))).as("no second signature").isEmpty();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> {
            d.get(page); // a fresh GET: the tally settles the count every two seconds
            return d.findElement(By.cssSelector(".petition .status")).getText().equals("На розгляді");
        });
        assertThat(chromium.driver.findElement(By.id("signature-count")).getText()).isEqualTo("2 з 2 підписів");
        chromium.open(base + "/cabinet/petitions.xhtml");
        assertThat(chromium.driver.findElement(By.cssSelector("section[aria-labelledby='signed-heading']")).getText()).contains(TITLE);
        chromium.assertNoSeriousViolations("cabinet: my petitions and signatures");
        signOut();

        // 4. The secretariat answers from the console.
        chromium.open(base + "/" + SLUG + "/admin/petitions/responses");
        signInOnProviderPage("secretary-" + IDS[3], IDS[3], "Тарас Секретар");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(TITLE)));
        chromium.driver.findElement(By.linkText(TITLE)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer:response")));
        chromium.driver.findElement(By.id("answer:response")).sendKeys(RESPONSE);
        acceptConfirmations();
        chromium.driver.findElement(By.id("answer:answer-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Відповідь оприлюднено"));
        signOut();

        // 5. Anyone reads the response, the history and the signatories; the script in the text stayed text.
        chromium.open(page);
        assertThat(chromium.driver.findElement(By.cssSelector(".petition .status")).getText()).isEqualTo("Розглянута, є відповідь");
        assertThat(chromium.driver.findElement(By.cssSelector("section.response")).getText()).contains(RESPONSE, "Тарас Секретар");
        assertThat(chromium.driver.findElement(By.cssSelector("ol.signatories")).getText()).contains("Оксана Авторка", "Ірина Підписантка");
        assertThat(chromium.driver.findElement(By.cssSelector(".long-text")).getText()).contains("<script>alert(1)</script>");
        chromium.assertNoSeriousViolations("petition page, answered");
        chromium.screenshot("petition-answered-phone.png");
    }

    private static long draftCopies() {
        return (Long) ((JavascriptExecutor) chromium.driver).executeScript(
                "return Object.keys(localStorage).filter(function (k) { return k.indexOf('hromada-draft:') === 0; }).length;");
    }
}
