package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A national moderator registers a community in the platform console, switches a tool on,
 * suspends it (its pages answer 404) and re-activates it; a resident is refused the console.
 */
class PlatformAdministratorRegistersCommunityUiIT extends BrowserJourney {
    private final String base = ItSettings.baseUrl();



    private void signIn(String subject, String identifier, String name) {
        chromium.open(base + "/platform/");
        signInOnProviderPage(subject, identifier, name);
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/platform/"));
        chromium.waitForPage();
    }

    @Test
    void nationalModeratorRegistersSuspendsAndReactivatesACommunity() throws Exception {
        String identifier = NationalIdentifiers.random();
        signIn("national-" + identifier, identifier, "Ірина Національна");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Доступ заборонено");

        long person = TestDatabase.count("select id from person where person_key = ?", TestDatabase.personKey(identifier));
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, null, 'NATIONAL_MODERATOR', now(6), 'test')", person);
        chromium.open(base + "/platform/");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Консоль платформи");
        chromium.assertNoSeriousViolations("platform console /platform/");
        chromium.assertPhoneViewport();

        String slug = "new-" + identifier;
        chromium.driver.findElement(By.id("create:slug")).sendKeys(slug);
        chromium.driver.findElement(By.id("create:nameUk")).sendKeys("Нова громада");
        chromium.driver.findElement(By.id("create:nameEn")).sendKeys("New Community");
        chromium.driver.findElement(By.cssSelector("#create input[value='petitions']")).click();
        chromium.driver.findElement(By.id("create:submit")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Громаду зареєстровано"));
        assertThat(Http.get("/" + slug + "/").body()).contains("Нова громада", "Електронні петиції");

        By row = By.xpath("//article[.//a[@href='/" + slug + "/']]");
        chromium.driver.findElement(row).findElement(By.xpath(".//input[@value='Призупинити']")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.findElement(row).getText().contains("призупинена"));
        assertThat(Http.get("/" + slug + "/").statusCode()).isEqualTo(404);

        chromium.driver.findElement(row).findElement(By.xpath(".//input[@value='Відновити']")).click();
        chromium.wait.until(d -> d.findElement(row).getText().contains("активна"));
        assertThat(Http.get("/" + slug + "/").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.count("select count(*) from audit_entry where actor = ? and action in"
                + " ('community.create', 'community.suspend', 'community.activate')", "person:" + person)).isEqualTo(3);
    }
}
