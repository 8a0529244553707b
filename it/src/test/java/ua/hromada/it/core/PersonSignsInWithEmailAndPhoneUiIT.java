package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.CodeInbox;
import ua.hromada.it.support.ItSettings;

/**
 * On a phone, a person without a national sign-in chooses e-mail and phone, types the two codes
 * and is back on the community page signed in; the choice page, the code page and the cabinet have
 * no serious accessibility violations.
 */
class PersonSignsInWithEmailAndPhoneUiIT extends BrowserJourney {
    private static final String SLUG = "codes-on-phone";
    private static CodeInbox inbox;

    @BeforeAll
    static void community() throws Exception {
        PersonSignsInWithCodesIT.basicCommunity(SLUG, "Громада на телефоні", "Community on a Phone");
        inbox = new CodeInbox();
    }

    @AfterAll
    static void stopMail() {
        if (inbox != null) {
            inbox.close();
        }
    }

    @Test
    void personSignsInWithCodesFromEmailAndSms() {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String email = "ui" + n + "@hromada.example";
        String page = ItSettings.baseUrl() + "/" + SLUG + "/";

        chromium.open(page);
        chromium.driver.findElement(By.linkText("Увійти")).click();
        chromium.wait.until(ExpectedConditions.urlContains("/signin/choose.xhtml"));
        chromium.waitForPage();
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("sign-in choice /signin/choose.xhtml");

        chromium.driver.findElement(By.partialLinkText("Електронна пошта і телефон")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code:name")));
        chromium.waitForPage();
        chromium.driver.findElement(By.id("code:name")).sendKeys("Марія Телефонна");
        chromium.driver.findElement(By.id("code:email")).sendKeys(email);
        chromium.driver.findElement(By.id("code:phone")).sendKeys("050 " + n);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("e-mail + phone sign-in /signin/code.xhtml");
        chromium.driver.findElement(By.id("code:send")).click();

        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code:emailCode")));
        chromium.waitForPage();
        chromium.assertNoSeriousViolations("code entry /signin/code.xhtml");
        chromium.driver.findElement(By.id("code:emailCode")).sendKeys(inbox.emailCode(email));
        chromium.driver.findElement(By.id("code:smsCode")).sendKeys(CodeInbox.smsCode("+38050" + n));
        chromium.driver.findElement(By.id("code:confirm")).click();

        chromium.wait.until(ExpectedConditions.urlToBe(page));
        chromium.waitForPage();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("person-name"), "Марія Телефонна"));
        chromium.driver.findElement(By.className("person-name")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(ItSettings.baseUrl() + "/cabinet/"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.className("facts")).getText())
                .contains("Марія Телефонна", "Електронна пошта і телефон");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("cabinet of an e-mail + phone person /cabinet/");
    }
}
