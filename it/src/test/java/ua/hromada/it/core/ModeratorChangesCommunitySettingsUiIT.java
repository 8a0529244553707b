package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A local moderator opens the community's settings, switches petitions on with e-mail + phone
 * sign-in, declares a day off and lists the localities whose people are residents; residents see
 * the tool and its sign-in on the community page.
 */
class ModeratorChangesCommunitySettingsUiIT extends BrowserJourney {
    private static final String SLUG = "settings-visit";
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        TestDatabase.community(SLUG, "Громада налаштувань", "Settings Community");
    }

    @Test
    void moderatorEnablesAToolWithEmailAndPhoneSignInAddsADayOffAndListsTheLocalities() throws Exception {
        String identifier = NationalIdentifiers.random();
        String settings = base + "/" + SLUG + "/admin/settings";
        chromium.open(settings);
        signInOnProviderPage("settings-" + identifier, identifier, "Андрій Модератор");
        chromium.wait.until(ExpectedConditions.urlToBe(settings));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Доступ заборонено");

        long community = TestDatabase.count("select id from community where slug = ?", SLUG);
        long person = TestDatabase.count("select id from person where person_key = ?", TestDatabase.personKey(identifier));
        TestDatabase.execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by)"
                + " values (?, ?, 'LOCAL_MODERATOR', now(6), 'test')", person, community);
        chromium.open(settings);
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Налаштування громади");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("community settings /" + SLUG + "/admin/settings");
        chromium.screenshot("settings-phone.png");

        assertThat(chromium.driver.findElements(By.cssSelector("input[type=checkbox][data-tool]")))
                .as("only registered tools are offered").extracting(e -> e.getAttribute("data-tool")).containsExactly("appeals", "budget",
                "consultations", "council", "petitions", "voting");
        chromium.driver.findElement(By.cssSelector("input[type=checkbox][data-tool='petitions']")).click();
        new Select(chromium.driver.findElement(By.cssSelector("select[data-tool='petitions']")))
                .selectByVisibleText("Надійний або e-mail і телефон");
        chromium.driver.findElement(By.id("settings:save")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Налаштування збережено"));
        assertThat(chromium.driver.findElement(By.cssSelector("input[type=checkbox][data-tool='petitions']")).isSelected()).isTrue();

        // a date input takes its value in the browser's locale when typed; set it as the form sends it
        ((JavascriptExecutor) chromium.driver).executeScript("document.getElementById('addDayOff:day').value = '2030-05-08'");
        chromium.driver.findElement(By.id("addDayOff:reason")).sendKeys("День громади");
        chromium.driver.findElement(By.id("addDayOff:add")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Вихідний день додано"));
        assertThat(chromium.driver.findElement(By.cssSelector("li.day-off")).getText()).contains("2030-05-08", "День громади");
        chromium.assertNoSeriousViolations("community settings after changes");

        WebElement localities = chromium.driver.findElement(By.id("residency:localities"));
        localities.clear();
        localities.sendKeys("Село Налаштувань\n\nм. Хутір-Сад\nсело налаштувань");
        chromium.driver.findElement(By.id("residency:region")).sendKeys("Київська область");
        chromium.driver.findElement(By.id("residency:save")).click();
        chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.wait.until(d -> d.getPageSource().contains("Населені пункти збережено"));
        assertThat(chromium.driver.findElement(By.id("residency:localities")).getAttribute("value"))
                .as("blank lines and the repeat dropped").isEqualTo("Село Налаштувань\nм. Хутір-Сад");
        chromium.assertNoSeriousViolations("community settings after the localities");

        chromium.open(base + "/" + SLUG + "/");
        assertThat(chromium.driver.findElement(By.cssSelector(".tools-list")).getText())
                .contains("Електронні петиції", "Можна увійти й через e-mail і телефон");
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'community.settings' and actor = ?"
                + " and summary like '%sign-in petitions STRONG → BASIC%'", "person:" + person)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from community_day_off where community_id = ? and day = '2030-05-08'",
                community)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from community_setting where community_id = ?"
                + " and name = 'residency.localities' and value = 'Село Налаштувань, м. Хутір-Сад'", community)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'community.residency' and actor = ?",
                "person:" + person)).isEqualTo(1);
    }
}
