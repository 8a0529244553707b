package ua.hromada.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every browser test shares: one phone-sized Chromium per test class, and signing in on the
 * mock identity provider's page the way a tester does (subject plus claims JSON).
 */
abstract class BrowserJourney {
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

    /** On the provider's login page (waits for it): signs in as a person with this identifier and name. */
    protected static void signInOnProviderPage(String subject, String identifier, String name) {
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        chromium.driver.findElement(By.name("username")).sendKeys(subject);
        chromium.driver.findElement(By.name("claims")).sendKeys("{\"name\":\"" + name + "\",\"drfo\":\"" + identifier + "\"}");
        chromium.driver.findElement(By.cssSelector("input[type=submit]")).click();
    }
}
