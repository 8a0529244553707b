package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A person deletes their account from the cabinet on a phone: the section says what goes and what
 * the law keeps public; a mistyped word is refused in the page's language with nothing changed;
 * the right word and the confirm dialog delete it, sign them out and land them on the landing
 * page; a second session of theirs is signed out too.
 */
class PersonDeletesAccountUiIT extends BrowserJourney {
    private final String base = ItSettings.baseUrl();

    private static WebElement deleteButton() {
        return chromium.driver.findElement(By.id("delete:submit"));
    }

    private static void typeWord(String word) {
        WebElement field = chromium.driver.findElement(By.id("delete:confirmation"));
        field.clear();
        field.sendKeys(word);
    }

    @Test
    void personDeletesTheirAccountAndIsSignedOut() throws Exception {
        String identifier = NationalIdentifiers.random();
        String key = TestDatabase.personKey(identifier);
        Browserless otherDevice = new Browserless();
        otherDevice.signIn("/cabinet/", "d-" + identifier, identifier, "Леся Прощається");
        assertThat(otherDevice.get(base + "/cabinet/").body()).contains("Леся Прощається");

        chromium.driver.manage().deleteAllCookies();
        chromium.open(base + "/cabinet/");
        signInOnProviderPage("d-" + identifier, identifier, "Леся Прощається");
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/cabinet/"));
        chromium.waitForPage();
        long person = TestDatabase.count("select id from person where person_key = ?", key);
        WebElement section = chromium.driver.findElement(By.cssSelector("section[aria-labelledby='delete-account']"));
        assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo("Видалити обліковий запис");
        assertThat(section.getText()).contains("підписи під петиціями", "повним ім’ям", "ВИДАЛИТИ");
        assertThat(chromium.driver.findElement(By.cssSelector("label[for='delete:confirmation']")).getText())
                .contains("ВИДАЛИТИ");
        chromium.assertNoSeriousViolations("the cabinet with its deletion section");
        chromium.assertPhoneViewport();

        typeWord("ВИДАЛИ");
        deleteButton().click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Обліковий запис не видалено"));
        assertThat(chromium.driver.getCurrentUrl()).contains("/cabinet/");
        assertThat(chromium.driver.findElement(By.cssSelector("section[aria-labelledby='me']")).getText())
                .as("the page is whole after the refusal").contains("Леся Прощається");
        assertThat(TestDatabase.count("select count(*) from person where person_key = ? and deleted_at is null", key)).isEqualTo(1);
        chromium.assertNoSeriousViolations("the cabinet after a mistyped word");
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].scrollIntoView()",
                chromium.driver.findElement(By.id("delete-account")));
        chromium.screenshot("cabinet-delete-phone.png");

        typeWord("ВИДАЛИТИ");
        deleteButton().click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(chromium.driver.getCurrentUrl()).as("dismissing the dialog keeps the account").contains("/cabinet/");
        assertThat(TestDatabase.count("select count(*) from person where person_key = ? and deleted_at is null", key)).isEqualTo(1);

        deleteButton().click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.cssSelector(".messages")).getText()).contains("Ваш обліковий запис видалено");
        assertThat(chromium.driver.findElements(By.cssSelector("a.person-name"))).as("signed out").isEmpty();
        assertThat(chromium.driver.findElement(By.cssSelector("a.sign-in")).getText()).isEqualTo("Увійти");
        chromium.assertNoSeriousViolations("the landing page after the deletion");
        chromium.assertPhoneViewport();
        chromium.open(base + "/");
        assertThat(chromium.driver.getPageSource()).as("said once").doesNotContain("Ваш обліковий запис видалено");

        assertThat(TestDatabase.count("select count(*) from person where person_key = ?", key))
                .as("nothing public kept the key: it was replaced").isZero();
        assertThat(TestDatabase.count("select count(*) from person where id = ? and deleted_at is not null"
                + " and full_name = '—' and email is null", person)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'person.delete' and object_id = ?"
                + " and actor = ? and summary like '%key replaced%'", String.valueOf(person), "person:" + person)).isEqualTo(1);
        assertThat(otherDevice.get(base + "/").body()).as("the other device's session is signed out too")
                .doesNotContain("Леся Прощається").contains("/signin?return=");
        HttpResponse<String> stale = otherDevice.get(base + "/cabinet/");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(stale)).contains("/signin?return=/cabinet/");
    }

    @Test
    void anEnglishPageAcceptsDelete() throws Exception {
        String identifier = NationalIdentifiers.random();
        chromium.driver.manage().deleteAllCookies();
        chromium.open(base + "/?lang=en");
        chromium.open(base + "/cabinet/");
        signInOnProviderPage("e-" + identifier, identifier, "Lesia Leaving");
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/cabinet/"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.id("delete-account")).getText()).isEqualTo("Delete account");

        typeWord("DELET");
        deleteButton().click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("The account is not deleted: to confirm, type the word DELETE."));

        typeWord("DELETE");
        deleteButton().click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.cssSelector(".messages")).getText())
                .contains("Your account is deleted and you are signed out.");
        assertThat(TestDatabase.count("select count(*) from person where person_key = ?", TestDatabase.personKey(identifier))).isZero();
    }
}
