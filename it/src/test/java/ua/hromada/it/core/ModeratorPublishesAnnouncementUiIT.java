package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A moderator signs in through the (mock) identity provider, is refused the console until the
 * community grants them the role, then publishes an announcement that residents see.
 */
class ModeratorPublishesAnnouncementUiIT extends BrowserJourney {
    private static final String SLUG = "console-visit";
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        TestDatabase.community(SLUG, "Громада консолі", "Console Community");
    }


    @Test
    void moderatorSignsInGetsTheRoleAndPublishes() throws Exception {
        String identifier = NationalIdentifiers.random();

        // 1. The console sends an anonymous visitor to sign in; the provider's page asks who they are.
        chromium.open(base + "/" + SLUG + "/admin/");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(chromium.driver.getCurrentUrl()).startsWith(System.getProperty("hromada.it.oidc-issuer", "http://127.0.0.1:8090/idgov"));
        signInOnProviderPage("moderator-" + identifier, identifier, "Андрій Модератор");

        // 2. Back on the console address, signed in, but without the role: 403.
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/admin/"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Доступ заборонено");
        assertThat(chromium.driver.getPageSource()).contains("Андрій Модератор");

        // 3. The community grants the role (as its national moderator would, here straight in the database).
        long community = TestDatabase.count("select id from community where slug = ?", SLUG);
        long person = TestDatabase.count("select id from person where person_key = ?", TestDatabase.personKey(identifier));
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, ?, 'LOCAL_MODERATOR', now(6), 'test')", person, community);

        // 4. The console home opens; the moderator follows the navigation to the announcements and publishes.
        chromium.open(base + "/" + SLUG + "/admin/");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Консоль громади");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("community console /" + SLUG + "/admin/");
        chromium.driver.findElement(By.cssSelector("nav.console-nav")).findElement(By.linkText("Оголошення")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/admin/announcements"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Оголошення");
        assertThat(chromium.driver.findElement(By.cssSelector("nav.console-nav a[aria-current=page]")).getText()).isEqualTo("Оголошення");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("announcements /" + SLUG + "/admin/announcements");
        chromium.screenshot("console-phone.png");

        chromium.driver.findElement(By.id("publish:submit")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Заповніть це поле"));

        chromium.driver.findElement(By.id("publish:title")).sendKeys("Ремонт мосту");
        chromium.driver.findElement(By.id("publish:body")).sendKeys("Міст через річку закрито до п'ятниці.");
        chromium.driver.findElement(By.id("publish:submit")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Оголошення опубліковано"));
        assertThat(chromium.driver.getCurrentUrl()).isEqualTo(base + "/" + SLUG + "/admin/announcements");

        // 5. Residents see it on the community page; the audit names the moderator.
        chromium.open(base + "/" + SLUG + "/");
        assertThat(chromium.driver.findElement(By.cssSelector("article.announcement h3")).getText()).isEqualTo("Ремонт мосту");
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'announcement.create' and actor = ?",
                "person:" + person)).isEqualTo(1);

        // 6. The console's audit log shows it, filtered by action, and exports it as CSV.
        chromium.open(base + "/" + SLUG + "/admin/audit?action=announcement.create");
        assertThat(chromium.driver.findElement(By.cssSelector("table.audit tbody")).getText())
                .contains("person:" + person, "announcement.create", "Ремонт мосту");
        chromium.assertNoSeriousViolations("audit log /" + SLUG + "/admin/audit");

        Browserless sameSession = Browserless.inSessionOf(chromium);
        HttpResponse<String> csv = sameSession.get(base + "/" + SLUG + "/admin/audit.csv?action=announcement.create");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\ufeffat,actor,action,object_type,object_id,summary")
                .contains("person:" + person + ",announcement.create,announcement,");
        assertThat(new Browserless().get(base + "/" + SLUG + "/admin/audit.csv").statusCode()).as("anonymous: to sign-in").isEqualTo(302);
    }

}
