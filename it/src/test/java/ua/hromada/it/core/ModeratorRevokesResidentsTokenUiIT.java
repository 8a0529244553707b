package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A resident of Буча issues a token for a bot (the form offers their own community first); the
 * bot misbehaves and Буча's local moderator revokes the token from /bucha/admin/tokens with a
 * reason (confirmed): the API refuses it at once. A national moderator reaches the same page from
 * the platform console by picking the community.
 */
class ModeratorRevokesResidentsTokenUiIT extends BrowserJourney {
    private static final String SLUG = "bucha";
    private final String base = ItSettings.baseUrl();
    private static long bucha;

    @BeforeAll
    static void community() throws Exception {
        bucha = TestDatabase.community(SLUG, "Буча", "Bucha");
        TestDatabase.execute("insert ignore into community_setting (community_id, name, value) values (?, 'residency.localities', 'Буча')",
                bucha);
    }

    private static String newIdentifier() {
        return NationalIdentifiers.random();
    }

    private int meWith(String secret) {
        return new Browserless().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Bearer " + secret).GET()).statusCode();
    }

    /** Opens {@code path}, signs in there as a person stored before with a role, and comes back. */
    private static void signInAsOfficial(String path, String name, Long community, String role) throws Exception {
        String identifier = newIdentifier();
        TestDatabase.personWithRole(identifier, name, community, role);
        signInAt(path, identifier, name);
    }

    @Test
    void moderatorRevokesAResidentsTokenWithAReason() throws Exception {
        String resident = newIdentifier();
        chromium.driver.manage().deleteAllCookies();
        chromium.open(base + "/cabinet/tokens.xhtml");
        signInOnProviderPage("s-" + resident, "{\"name\":\"Олена Мешканка\",\"drfo\":\"" + resident
                + "\",\"address\":{\"locality\":\"Буча\",\"region\":\"Київська область\"}}");
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/cabinet/tokens.xhtml"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.id("issue:community_input")).getAttribute("value"))
                .as("the resident's own community is offered first").isEqualTo("Буча");
        chromium.driver.findElement(By.id("issue:label")).sendKeys("Бот-підписант");
        chromium.driver.findElement(By.id("issue:submit")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
        String secret = chromium.driver.findElement(By.id("secret")).getAttribute("value");
        assertThat(meWith(secret)).isEqualTo(200);

        signInAsOfficial("/" + SLUG + "/admin/tokens", "Андрій Модератор", bucha, "LOCAL_MODERATOR");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Токени API");
        assertThat(chromium.driver.findElement(By.cssSelector("nav.console-nav")).getText()).contains("Токени API");
        chromium.assertNoSeriousViolations("community API tokens /" + SLUG + "/admin/tokens");
        chromium.assertPhoneViewport();
        chromium.screenshot("community-tokens-phone.png");

        WebElement card = chromium.driver.findElement(By.xpath("//li[contains(@class,'token')][contains(., 'Олена Мешканка')]"));
        assertThat(card.getText()).contains("Бот-підписант", "Підписувати петиції", "діє");
        card.findElement(By.xpath(".//input[@type='text']")).sendKeys("Бот масово підписує петиції");
        card.findElement(By.xpath(".//input[@value='Відкликати']")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Токен відкликано, власника повідомлено"));
        assertThat(chromium.driver.findElement(By.xpath("//li[contains(@class,'token')][contains(., 'Олена Мешканка')]")).getText())
                .contains("відкликано", "Бот масово підписує петиції");
        chromium.assertNoSeriousViolations("community API tokens after revoking");
        assertThat(meWith(secret)).as("the API refuses the revoked token at once").isEqualTo(401);

        signInAsOfficial("/platform/tokens.xhtml", "Ірина Національна", null, "NATIONAL_MODERATOR");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Токени API громади");
        chromium.assertNoSeriousViolations("platform API tokens /platform/tokens.xhtml");
        chromium.typeInCommunityPicker("pick:community", "буч", "Буча");
        chromium.screenshot("community-picker-phone.png");
        chromium.assertNoSeriousViolations("community picker with its suggestions open");
        chromium.chooseSuggestedCommunity("pick:community", "Буча");
        chromium.driver.findElement(By.id("pick:open")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/admin/tokens"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.xpath("//li[contains(@class,'token')][contains(., 'Олена Мешканка')]")).getText())
                .contains("Бот масово підписує петиції");
    }
}
