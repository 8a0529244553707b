package ua.hromada.it.support;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every browser test shares: one phone-sized Chromium per test class, and signing in on the
 * mock identity provider's page the way a tester does (subject plus claims JSON).
 */
public abstract class BrowserJourney {
    protected static Chromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = new Chromium();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Opens {@code path} with no session, signs in there on the provider's page and waits to be back. */
    protected static void signInAt(String path, String identifier, String name) {
        String url = ItSettings.baseUrl() + path;
        chromium.driver.manage().deleteAllCookies();
        chromium.open(url);
        signInOnProviderPage("s-" + identifier, identifier, name);
        chromium.wait.until(ExpectedConditions.urlToBe(url));
        chromium.waitForPage();
    }

    /** On the provider's login page (waits for it): signs in as a person with this identifier and name. */
    protected static void signInOnProviderPage(String subject, String identifier, String name) {
        signInOnProviderPage(subject, Browserless.claims(identifier, name));
    }

    /** The same with the provider's claims given whole (JSON), e.g. with an address. */
    protected static void signInOnProviderPage(String subject, String claims) {
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        chromium.driver.findElement(By.name("username")).sendKeys(subject);
        chromium.driver.findElement(By.name("claims")).sendKeys(claims);
        chromium.driver.findElement(By.cssSelector("input[type=submit]")).click();
    }

    /** The page's confirm() dialogs (before a decision) answer yes from now on, until the next page load. */
    protected static void acceptConfirmations() {
        chromium.acceptConfirmations();
    }

    /**
     * Opens a public page as an anonymous reader once it shows {@code text}: anonymous readers get
     * a page rendered up to a few seconds ago (the public page cache, and the browser's own for as
     * long as its max-age), so a change just made shows to them within that window, not at once.
     */
    protected static void openAnonymousUntil(String url, String text) {
        chromium.wait.until(d -> {
            chromium.open(url);
            return d.getPageSource().contains(text);
        });
    }

    /** Signs out with the header's button and waits until the page shows no one signed in. */
    protected static void signOut() {
        chromium.driver.findElement(By.cssSelector("form.sign-out button")).click();
        chromium.wait.until(d -> d.findElements(By.cssSelector("form.sign-out")).isEmpty());
    }
}
