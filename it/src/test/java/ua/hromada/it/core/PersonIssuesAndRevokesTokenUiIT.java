package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A person issues an API token for a chat bot in their cabinet (finding the community by typing
 * part of its name), sees its secret once, and revokes it (confirmed); the API accepts the token
 * until then and refuses it after.
 */
class PersonIssuesAndRevokesTokenUiIT extends BrowserJourney {
    private static final String SLUG = "token-visit";
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        TestDatabase.community(SLUG, "Громада бота", "Bot Community");
    }

    private int meWith(String secret) {
        return new Browserless().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Bearer " + secret).GET()).statusCode();
    }

    @Test
    void personIssuesATokenSeesItOnceAndRevokesIt() throws Exception {
        String identifier = NationalIdentifiers.random();
        chromium.driver.manage().deleteAllCookies();
        chromium.open(base + "/cabinet/tokens.xhtml");
        signInOnProviderPage("s-" + identifier, identifier, "Богдан Ботовод");
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/cabinet/tokens.xhtml"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Токени API");
        assertThat(chromium.driver.getPageSource()).contains("Токенів ще немає");
        assertThat(chromium.driver.findElements(By.cssSelector("input[name='issue:scope']"))).extracting(e -> e.getAttribute("value"))
                .as("every scope is offered").containsExactly("SIGN", "READ", "SUBMIT");
        assertThat(chromium.driver.getPageSource()).contains("Подавати від мого імені заяви, пропозиції, скарги й запити до громади");
        chromium.assertNoSeriousViolations("API tokens /cabinet/tokens.xhtml");
        chromium.assertPhoneViewport();

        chromium.driver.findElement(By.id("issue:label")).sendKeys("Чат-бот громади");
        chromium.pickCommunity("issue:community", "да бо", "Громада бота");
        chromium.driver.findElement(By.cssSelector("input[name='issue:scope'][value='SIGN']")).click();
        new Select(chromium.driver.findElement(By.id("issue:lifetime"))).selectByVisibleText("1 рік");
        chromium.driver.findElement(By.id("issue:submit")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
        String secret = chromium.driver.findElement(By.id("secret")).getAttribute("value");
        assertThat(secret).matches("hrm_[A-Za-z0-9_-]{43}");
        assertThat(chromium.driver.findElement(By.id("secret-hint")).getText()).contains("лише один раз");
        WebElement card = chromium.driver.findElement(By.xpath("//li[contains(@class,'card')][contains(., 'Чат-бот громади')]"));
        assertThat(card.getText()).contains("Громада бота", "Підписувати петиції", "діє", "ще ні");
        chromium.assertNoSeriousViolations("API tokens with a new secret");
        chromium.assertPhoneViewport();
        assertThat(meWith(secret)).as("the API accepts the new token").isEqualTo(200);
        assertThat(TestDatabase.count("select count(*) from api_token where label = ? and revoked_at is null"
                + " and expires_at > date_add(now(), interval 364 day)", "Чат-бот громади")).isEqualTo(1);

        chromium.open(base + "/cabinet/tokens.xhtml");
        assertThat(chromium.driver.findElements(By.id("secret"))).as("the secret is shown once only").isEmpty();
        assertThat(chromium.driver.getPageSource()).doesNotContain(secret);
        chromium.driver.findElement(By.xpath("//li[contains(., 'Чат-бот громади')]//input[@value='Відкликати']")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Токен відкликано"));
        assertThat(chromium.driver.findElement(By.xpath("//li[contains(., 'Чат-бот громади')]")).getText()).contains("відкликано");
        assertThat(chromium.driver.findElements(By.xpath("//li[contains(., 'Чат-бот громади')]//input[@value='Відкликати']"))).isEmpty();
        assertThat(TestDatabase.count("select count(*) from api_token where label = ? and revoked_at is not null",
                "Чат-бот громади")).isEqualTo(1);
        chromium.assertNoSeriousViolations("API tokens after revoking");
        assertThat(meWith(secret)).as("the API refuses the revoked token").isEqualTo(401);

        chromium.open(base + "/cabinet/");
        assertThat(chromium.driver.findElement(By.linkText("Токени API для терміналів і чат-ботів")).getAttribute("href"))
                .endsWith("/cabinet/tokens.xhtml");
    }
}
