package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A platform administrator finds a person by name and makes them a national moderator, then
 * filters the platform audit down to that grant and downloads the same selection as CSV; and
 * maintains the national public holidays (add, make a working day, remove).
 */
class PlatformAdministratorAuditsAndGrantsUiIT extends BrowserJourney {
    private final String base = ItSettings.baseUrl();

    @Test
    void administratorGrantsANationalModeratorFindsItInThePlatformAuditAndMaintainsHolidays() throws Exception {
        String identifier = NationalIdentifiers.random();
        String moderators = base + "/platform/moderators.xhtml";
        chromium.open(moderators);
        signInOnProviderPage("admin-" + identifier, identifier, "Марко Адміністратор");
        chromium.wait.until(ExpectedConditions.urlToBe(moderators));
        chromium.waitForPage();
        long admin = TestDatabase.count("select id from person where person_key = ?", TestDatabase.personKey(identifier));
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, null, 'PLATFORM_ADMIN', now(6), 'test')", admin);
        try {
            grantAndAudit(admin);
            maintainHolidays(admin);
        } finally {
            // an administrator left in the database would stop the first-administrator bootstrap
            // that PersonSignsInIT checks on the same database
            TestDatabase.execute("delete from role_grant where person_id = ? and role = 'PLATFORM_ADMIN'", admin);
        }
    }

    /** Adds a holiday for a year no other test uses, makes it a working day, and removes it. */
    private void maintainHolidays(long admin) throws Exception {
        String holidays = base + "/platform/holidays.xhtml?year=2034";
        String day = "2034-06-14";
        chromium.open(holidays);
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Державні свята");
        assertThat(chromium.driver.findElement(By.id("year-heading")).getText()).isEqualTo("Рік 2034");
        assertThat(chromium.driver.findElements(By.cssSelector("li.holiday"))).isEmpty();
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("national holidays /platform/holidays.xhtml");

        ((JavascriptExecutor) chromium.driver).executeScript("document.getElementById('addHoliday:day').value = arguments[0]", day);
        chromium.driver.findElement(By.id("addHoliday:nameUk")).sendKeys("День перевірки");
        chromium.driver.findElement(By.id("addHoliday:nameEn")).sendKeys("Test Day");
        chromium.driver.findElement(By.id("addHoliday:dayOff")).click();
        chromium.driver.findElement(By.id("addHoliday:add")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Свято додано"));
        By holiday = By.cssSelector("li.holiday[data-day='" + day + "']");
        assertThat(chromium.driver.findElement(holiday).getText()).contains("День перевірки", "Вихідний день");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("national holidays after adding one");
        chromium.screenshot("holidays-phone.png");

        chromium.driver.findElement(holiday).findElement(By.cssSelector("input.observe")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Зміну збережено"));
        assertThat(chromium.driver.findElement(holiday).getText()).contains("Робочий день");

        chromium.driver.findElement(holiday).findElement(By.cssSelector("input.remove")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Свято видалено"));
        assertThat(chromium.driver.findElements(holiday)).isEmpty();
        assertThat(TestDatabase.count("select count(*) from public_holiday where day = ?", day)).isZero();
        assertThat(TestDatabase.count("select count(*) from audit_entry where object_type = 'public_holiday' and object_id = ?"
                + " and actor = ? and action in ('holiday.add', 'holiday.observe', 'holiday.remove')", day, "person:" + admin))
                .isEqualTo(3);
    }

    private void grantAndAudit(long admin) throws Exception {
        String moderators = base + "/platform/moderators.xhtml";
        String surname = "Кандидатенко" + ThreadLocalRandom.current().nextInt(1000, 9999);
        TestDatabase.execute("insert into person (person_key, full_name, created_at, last_sign_in_at)"
                + " values (?, ?, now(6), now(6))", UUID.randomUUID().toString().replace("-", ""), "Тарас " + surname);

        chromium.open(moderators);
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Національні модератори");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("national moderators /platform/moderators.xhtml");
        chromium.driver.findElement(By.id("grant:name")).sendKeys(surname);
        chromium.driver.findElement(By.id("grant:search")).click();
        chromium.wait.until(d -> d.findElements(By.cssSelector("li.candidate")).size() == 1);
        chromium.driver.findElement(By.cssSelector("li.candidate input[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Роль національного модератора надано"));
        assertThat(chromium.driver.findElement(By.id("holders")).getText()).contains("Тарас " + surname);
        chromium.assertNoSeriousViolations("national moderators after the grant");

        chromium.open(base + "/platform/audit.xhtml");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Журнал дій платформи");
        chromium.driver.findElement(By.id("action")).sendKeys("role.grant");
        chromium.driver.findElement(By.id("actor")).sendKeys("person:" + admin);
        String today = LocalDate.now(ZoneId.of("Europe/Kyiv")).toString();
        ((JavascriptExecutor) chromium.driver).executeScript("document.getElementById('from').value = arguments[0];"
                + "document.getElementById('to').value = arguments[0]", today);
        chromium.driver.findElement(By.id("apply")).click();
        chromium.wait.until(ExpectedConditions.urlContains("actor=person%3A" + admin));
        chromium.waitForPage();
        assertThat(chromium.driver.findElements(By.cssSelector("table.audit tbody tr"))).hasSize(1);
        assertThat(chromium.driver.findElement(By.cssSelector("table.audit tbody")).getText())
                .contains("person:" + admin, "role.grant", "NATIONAL_MODERATOR");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("platform audit /platform/audit.xhtml");

        String csvUrl = chromium.driver.findElement(By.id("csv")).getAttribute("href");
        assertThat(csvUrl).contains("/platform/audit.csv?", "action=role.grant", "from=" + today);
        HttpResponse<String> csv = Browserless.inSessionOf(chromium).get(csvUrl);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\ufeffat,community_id,actor,action,object_type,object_id,summary")
                .contains(",person:" + admin + ",role.grant,role_grant,").hasLineCount(2);
        assertThat(new Browserless().get(csvUrl).statusCode()).as("anonymous: to sign-in").isEqualTo(302);
    }
}
