package ua.hromada.it.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * A regulation discussion in the browser at phone width: a moderator pastes a draft act, splits it
 * into sections and publishes it; a resident supports a section and comments on it with the
 * keyboard; the moderator publishes a revised version, and the page marks the changed section and
 * shows its changes word by word; closed, the moderator publishes the report with an outcome for
 * every article (a missing reason refused, the decisions kept), and anyone reads it and its PDF.
 */
class ResidentWeighsDraftActUiIT extends ConsultationJourney {
    private static final String SLUG = "act-journey";
    private static final String[] IDS = new String[2];
    private static final String COMMENT = "Щотижня замало для дворів біля ринку: пропоную щодня.";
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        String[] ids = communityWithPeople(SLUG, "Громада правил", new String[] {"LOCAL_MODERATOR", "RESIDENT"},
                new String[] {"Богдан Модератор", "Ірина Мешканка"});
        System.arraycopy(ids, 0, IDS, 0, ids.length);
    }

    @Test
    void aResidentSupportsAndCommentsOnASectionAndSeesWhatTheRevisionChanged() throws Exception {
        // 1. The moderator pastes the act, splits it and publishes the discussion.
        chromium.open(base + "/" + SLUG + "/admin/consultations/new");
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultation:kind")));
        saveDraft("Обговорення проєкту акта", "Правила благоустрою", "Проєкт оновлених правил благоустрою для обговорення з мешканцями.",
                "Управління громадою");
        setValue("act:text", RegulationDiscussionIT.V1);
        chromium.driver.findElement(By.id("act:split")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Текст розбито на розділи"));
        assertThat(chromium.driver.findElements(By.cssSelector("ol.act-sections > li"))).hasSize(3);
        chromium.assertNoSeriousViolations("draft act in the console");
        acceptConfirmations();
        chromium.driver.findElement(By.id("consultation:publish")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Обговорення оприлюднено"));
        String page = chromium.driver.findElement(By.linkText("Публічна сторінка")).getAttribute("href");
        String console = chromium.driver.getCurrentUrl();
        signOut();

        // 2. A resident supports article 2 and comments on it with the keyboard.
        chromium.open(page);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("discussion page, anonymous");
        chromium.driver.findElement(By.linkText("Увійдіть, щоб узяти участь")).click();
        signInOnProviderPage("resident-" + IDS[1], IDS[1], "Ірина Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-2 input[value='Підтримую']")));
        chromium.assertNoSeriousViolations("discussion page, signed in");
        chromium.driver.findElement(By.cssSelector("#section-2 input[value='Підтримую']")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Вашу позицію враховано"));
        assertThat(chromium.driver.findElement(By.cssSelector("#stance-2")).getText()).contains("За: 1 · Проти: 0", "ви підтримуєте");
        assertThat(chromium.driver.findElement(By.cssSelector("#section-2 input[value='Підтримую']")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        WebElement summary = chromium.driver.findElement(By.cssSelector("#section-2 details.section-comments summary"));
        summary.sendKeys(Keys.ENTER);
        WebElement text = chromium.driver.findElement(By.cssSelector("#section-2 details.section-comments textarea"));
        text.sendKeys(COMMENT);
        text.sendKeys(Keys.TAB);
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Вашу відповідь додано"));
        assertThat(chromium.driver.findElement(By.cssSelector("#section-2 details.section-comments summary")).getText())
                .isEqualTo("Коментарі до розділу (1)");
        chromium.driver.findElement(By.cssSelector("#section-2 details.section-comments summary")).click();
        assertThat(chromium.driver.findElement(By.cssSelector("#section-2 ol.threads")).getText()).contains(COMMENT, "Ірина Мешканка");
        chromium.assertNoSeriousViolations("discussion page after a stance and a comment");
        signOut();

        // 3. The moderator publishes a revised version; the page marks the changed article and shows its changes.
        chromium.open(console);
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("act:revise")));
        setValue("act:text", RegulationDiscussionIT.V2);
        chromium.driver.findElement(By.id("act:note")).sendKeys("Щоденне прибирання");
        acceptConfirmations();
        chromium.driver.findElement(By.id("act:revise")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Нову редакцію оприлюднено"));
        signOut();
        chromium.open(page);
        assertThat(chromium.driver.findElement(By.id("act-heading")).getText()).isEqualTo("Проєкт акта, редакція 2");
        assertThat(chromium.driver.findElement(By.cssSelector("#section-2 h3")).getText()).contains("змінено");
        assertThat(chromium.driver.findElement(By.cssSelector("#section-4 h3")).getText()).contains("новий");
        chromium.driver.findElement(By.cssSelector("#section-2 details.word-changes summary")).click();
        assertThat(chromium.driver.findElement(By.cssSelector("#section-2 details.word-changes del")).getText()).isEqualTo("щотижня.");
        assertThat(chromium.driver.findElement(By.cssSelector("#section-2 details.word-changes ins")).getText()).isEqualTo("щодня.");
        assertThat(chromium.driver.findElement(By.cssSelector("#stance-2")).getText()).contains("За: 1");
        chromium.assertNoSeriousViolations("discussion page, second version");
        chromium.screenshot("discussion-phone.png");

        // 4. Closed, the moderator publishes the report with an outcome for every article; anyone reads it and its PDF.
        String id = page.substring(page.lastIndexOf('/') + 1);
        TestDatabase.execute("update consultation set status = 'CLOSED', closed_at = now(6), report_due_at = now(6) + interval 14 day"
                + " where id = ?", Long.parseLong(id));
        chromium.open(console);
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:text")));
        chromium.driver.findElement(By.id("report:text")).sendKeys("Громада врахувала пропозиції мешканців щодо прибирання дворів.");
        java.util.List<WebElement> outcomes = chromium.driver.findElements(By.cssSelector("fieldset.outcome"));
        assertThat(outcomes).hasSize(4);
        for (WebElement outcome : outcomes) {
            new Select(outcome.findElement(By.tagName("select"))).selectByVisibleText("враховано");
        }
        new Select(outcomes.get(1).findElement(By.tagName("select"))).selectByVisibleText("враховано частково");
        chromium.assertNoSeriousViolations("report form with outcomes");
        acceptConfirmations();
        chromium.driver.findElement(By.id("report:publish-report")).click();
        chromium.wait.until(d -> d.getPageSource().contains("поясніть рішення"));
        outcomes = chromium.driver.findElements(By.cssSelector("fieldset.outcome"));
        assertThat(new Select(outcomes.get(1).findElement(By.tagName("select"))).getFirstSelectedOption().getText())
                .as("the refused form keeps the decisions").isEqualTo("враховано частково");
        outcomes.get(1).findElement(By.tagName("input")).sendKeys("Щодня — лише біля ринку");
        acceptConfirmations();
        chromium.driver.findElement(By.id("report:publish-report")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Звіт оприлюднено"));
        signOut();
        chromium.open(page);
        assertThat(chromium.driver.findElement(By.cssSelector("ul.outcomes")).getText())
                .contains("Стаття 2. Прибирання: враховано частково — Щодня — лише біля ринку");
        chromium.assertNoSeriousViolations("discussion page with its report");
        String pdf = chromium.driver.findElement(By.linkText("Звіт із цифрами (PDF)")).getAttribute("href");
        java.net.http.HttpResponse<String> printed = ua.hromada.it.support.Http.get(pdf.substring(base.length()));
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.body()).startsWith("%PDF-");
    }

}
