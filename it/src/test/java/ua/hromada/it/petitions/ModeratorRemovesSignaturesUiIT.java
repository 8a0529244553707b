package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A moderator removes scripted signatures on a phone: from the petition's console page to its
 * removals, counts what "e-mail + phone sign-in without residency" picks, removes them with a
 * reason, follows the job to its end; the public page then says how many were removed and why.
 */
class ModeratorRemovesSignaturesUiIT extends BrowserJourney {
    private static final String SLUG = "removal-day";
    private static final String TITLE = "Зупинка біля нової школи";
    private static final String REASON = "Сорок підписів за хвилину з однієї адреси";
    private static long petition;
    private static String moderator;

    @BeforeAll
    static void aPetitionWithScriptedSignatures() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада вилучення", "Removal Community", "petitions");
        moderator = NationalIdentifiers.random();
        TestDatabase.personWithRole(moderator, "Ганна Модераторка", community, "LOCAL_MODERATOR");
        long author = TestDatabase.personWithRole(NationalIdentifiers.random(),
                "Петро Автор", community, "RESIDENT");
        petition = TestDatabase.collectingPetition(community, author, TITLE);
        TestDatabase.execute("update petition set rule_threshold = 1000 where id = ?", petition);
        TestDatabase.signers(petition, community, 12, "Мешканець", "STRONG", "VERIFIED");
        TestDatabase.signers(petition, community, 40, "Скрипт", "BASIC", "NONE");
        TestDatabase.countWithin(20, 52, "select signature_count from petition where id = ?", petition);
    }

    @Test
    void moderatorCountsRemovesAndFollowsAndThePublicSeesWhy() {
        String base = ItSettings.baseUrl();
        signInAt("/" + SLUG + "/admin/petitions/" + petition, moderator, "Ганна Модераторка");
        chromium.driver.findElement(By.id("removals-link")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/admin/petitions/" + petition + "/removals"));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Вилучення підписів: " + TITLE);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("removals, phone");

        new Select(chromium.driver.findElement(By.id("rule:strength"))).selectByVisibleText("E-mail і телефон");
        new Select(chromium.driver.findElement(By.id("rule:residency"))).selectByVisibleText("Без проживання");
        chromium.driver.findElement(By.id("rule:count")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("picked")));
        assertThat(chromium.driver.findElement(By.id("picked")).getText()).isEqualTo("Правило охоплює підписів: 40");
        chromium.assertNoSeriousViolations("removals, counted");

        chromium.driver.findElement(By.id("rule:reason")).sendKeys(REASON);
        acceptConfirmations();
        chromium.driver.findElement(By.id("rule:remove")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Вилучення розпочато"));
        // follow it: the table says how far it came; one batch takes forty
        new org.openqa.selenium.support.ui.WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(20)).until(d -> {
            d.get(base + "/" + SLUG + "/admin/petitions/" + petition + "/removals");
            return d.findElement(By.cssSelector("tr.removal")).getAttribute("data-status").equals("DONE");
        });
        assertThat(chromium.driver.findElement(By.cssSelector("tr.removal .progress")).getText()).isEqualTo("40 з 40");
        assertThat(chromium.driver.findElement(By.cssSelector("tr.removal")).getText()).contains(REASON, "E-mail і телефон");
        chromium.assertNoSeriousViolations("removals, done");

        chromium.open(base + "/" + SLUG + "/petitions/" + petition);
        assertThat(chromium.driver.findElement(By.id("removals")).getText()).contains("Вилучено підписів: 40", REASON);
        assertThat(chromium.driver.findElement(By.id("signature-count")).getText()).startsWith("12 з ");
        chromium.assertNoSeriousViolations("petition page with a removal");
    }
}
