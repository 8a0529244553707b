package ua.hromada.it.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * At phone width: a resident opens a deputy's public page (no session for an anonymous reader),
 * signs in to write to her and sends a message; the deputy finds it new in her cabinet, reads it
 * and answers, and opens the directory of colleagues (her cabinet also counts the appeal addressed to her, with its due date, linking to
 * the appeals console); the resident finds the answer new in his cabinet and sees his message read.
 */
class ResidentWritesToDeputyUiIT extends BrowserJourney {
    private static final String SLUG = "council-messages-journey";
    private static final String SUBJECT = "Двір на Яблунській, 14";
    private static final String TEXT = "Після кожного дощу біля під’їзду № 2 стоїть велика калюжа. Чи можна відремонтувати двір?";
    private static final String ANSWER = "Дякую! Передала питання до відділу ЖКГ, ремонт двору запропоную до плану на 2027 рік.";
    private static String resident;
    private static String deputy;
    private static long profile;

    @BeforeAll
    static void council() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада листування", "Messages community", "council", "appeals");
        deputy = NationalIdentifiers.random();
        long person = TestDatabase.personWithRole(deputy, "Оксана Депутатка", community, "DEPUTY");
        profile = TestDatabase.councilDeputy(community, person, "Оксана Депутатка");
        TestDatabase.execute("update council_deputy set district = 'Виборчий округ № 3', contacts = 'прийом щопонеділка, каб. 108'"
                + " where id = ?", profile);
        resident = NationalIdentifiers.random();
        long taras = TestDatabase.personWithRole(resident, "Тарас Сусід", community, "RESIDENT");
        long appeal = TestDatabase.appeal(community, taras, "Лавка біля дитячого майданчика");
        TestDatabase.execute("update appeal set deputy_id = ? where id = ?", person, appeal);
    }

    @Test
    void aResidentWritesTheDeputyAnswersInHerCabinetAndHeReadsTheAnswer() {
        String page = "/" + SLUG + "/council/deputies/" + profile;
        HttpResponse<String> anonymous = Http.get(page);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("Оксана Депутатка", "Виборчий округ № 3");
        assertThat(anonymous.headers().allValues("Set-Cookie")).as("an anonymous reader gets no session").noneMatch(c -> c.startsWith("JSESSIONID"));

        chromium.driver.manage().deleteAllCookies();
        chromium.open(ItSettings.baseUrl() + page);
        chromium.assertPhoneViewport();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("write")));
        chromium.assertNoSeriousViolations("the deputy's public page");
        chromium.driver.findElement(By.id("write")).click();
        signInOnProviderPage("s-" + resident, resident, "Тарас Сусід");
        chromium.wait.until(ExpectedConditions.urlToBe(ItSettings.baseUrl() + page + "/write"));
        chromium.waitForPage();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message:subject")));
        chromium.assertNoSeriousViolations("the form to write to a deputy");
        chromium.driver.findElement(By.id("message:subject")).sendKeys(SUBJECT);
        chromium.driver.findElement(By.id("message:text")).sendKeys(TEXT);
        chromium.driver.findElement(By.id("message:send")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thread")));
        assertThat(chromium.driver.getCurrentUrl()).contains("/" + SLUG + "/council/messages/");
        String thread = chromium.driver.getCurrentUrl();
        assertThat(chromium.driver.getPageSource()).contains("Повідомлення надіслано.");
        assertThat(chromium.driver.findElement(By.id("thread")).getText()).contains(TEXT);
        assertThat(chromium.driver.findElement(By.cssSelector("#thread .mine .read-mark")).getText()).isEqualTo("ще не прочитано");
        chromium.assertNoSeriousViolations("the resident's thread");
        signOut();

        signInAt("/cabinet/council.xhtml", deputy, "Оксана Депутатка");
        assertThat(chromium.driver.findElement(By.id("threads")).getText()).contains(SUBJECT, "Тарас Сусід", "нових: 1");
        assertThat(chromium.driver.findElement(By.id("addressed")).getText()).contains("Звернень чекають вашої відповіді: 1",
                "найближчий строк відповіді:");
        assertThat(chromium.driver.findElement(By.cssSelector("#addressed a")).getAttribute("href")).endsWith("/" + SLUG + "/admin/appeals");
        chromium.assertNoSeriousViolations("the deputy's cabinet with a new message");
        chromium.driver.findElement(By.linkText(SUBJECT)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply:text")));
        assertThat(chromium.driver.findElement(By.id("thread")).getText()).contains(TEXT);
        assertThat(chromium.driver.findElement(By.id("with")).getText()).contains("Тарас Сусід");
        chromium.assertNoSeriousViolations("the deputy's thread with the block form");
        chromium.driver.findElement(By.id("reply:text")).sendKeys(ANSWER);
        chromium.driver.findElement(By.id("reply:send")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Повідомлення надіслано."));
        assertThat(chromium.driver.findElement(By.id("thread")).getText()).contains(TEXT, ANSWER);
        chromium.open(ItSettings.baseUrl() + "/cabinet/council.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("colleague-links")));
        chromium.driver.findElement(By.cssSelector("#colleague-links a")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("colleagues")));
        assertThat(chromium.driver.findElement(By.id("colleagues")).getText()).contains("Оксана Депутатка", "прийом щопонеділка");
        chromium.assertNoSeriousViolations("the directory of colleagues");
        signOut();

        signInAt("/cabinet/council.xhtml", resident, "Тарас Сусід");
        assertThat(chromium.driver.findElement(By.id("threads")).getText()).contains(SUBJECT, "Оксана Депутатка", "нових: 1");
        chromium.driver.findElement(By.linkText(SUBJECT)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thread")));
        assertThat(chromium.driver.getCurrentUrl()).isEqualTo(thread);
        assertThat(chromium.driver.findElement(By.id("thread")).getText()).contains(ANSWER);
        assertThat(chromium.driver.findElement(By.cssSelector("#thread .mine .read-mark")).getText()).as("his message read by her").isEqualTo("прочитано");
        assertThat(chromium.driver.findElements(By.id("block"))).as("a resident has no block form").isEmpty();
        chromium.assertNoSeriousViolations("the resident reads the answer");
        chromium.open(ItSettings.baseUrl() + "/cabinet/council.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
        assertThat(chromium.driver.findElement(By.id("threads")).getText()).doesNotContain("нових:");
        signOut();
        assertThat(Http.get(thread.substring(ItSettings.baseUrl().length())).statusCode()).as("the thread is for the signed-in").isIn(302, 303);
    }
}
