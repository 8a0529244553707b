package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A person who never used the platform goes from a community page to signed in and back on that
 * page in at most three screens (the page, the provider's sign-in, the page again). The time the
 * journey took is printed as a measurement, not asserted.
 */
class NewPersonSignsInUiIT extends BrowserJourney {
    private static final String SLUG = "three-screens";

    @BeforeAll
    static void community() throws Exception {
        TestDatabase.community(SLUG, "Громада трьох екранів", "Three Screens Community");
    }


    @Test
    void newPersonIsSignedInAndBackWithinThreeScreens() {
        String identifier = NationalIdentifiers.random();
        String page = ItSettings.baseUrl() + "/" + SLUG + "/";
        List<String> screens = new ArrayList<>();
        long started = System.nanoTime();

        chromium.open(page);
        screens.add(chromium.driver.getCurrentUrl());
        chromium.driver.findElement(By.linkText("Увійти")).click();
        chromium.wait.until(ExpectedConditions.urlContains("/idgov/authorize"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        screens.add(chromium.driver.getCurrentUrl());

        signInOnProviderPage("new-person-" + identifier, identifier, "Нова Особа");
        chromium.wait.until(ExpectedConditions.urlToBe(page));
        chromium.waitForPage();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("person-name"), "Нова Особа"));
        screens.add(chromium.driver.getCurrentUrl());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(screens).as("screens the person saw").hasSizeLessThanOrEqualTo(3);
        assertThat(screens.get(screens.size() - 1)).isEqualTo(page);
        assertThat(TestDatabase.personKey(identifier)).hasSize(64);
        System.out.println("MEASURED sign-in journey (3 screens, automated typing, mock provider): " + millis + " ms");

        // Their name in the header leads to their cabinet: who the platform knows them as.
        chromium.driver.findElement(By.className("person-name")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(ItSettings.baseUrl() + "/cabinet/"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Мій кабінет");
        assertThat(chromium.driver.findElement(By.className("facts")).getText()).contains("Нова Особа", "id.gov.ua")
                .doesNotContain(identifier);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("cabinet /cabinet/");
    }
}
