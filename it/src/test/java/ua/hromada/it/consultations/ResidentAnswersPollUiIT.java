package ua.hromada.it.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.ItSettings;

/**
 * A poll in the browser at phone width: a moderator prepares it in the console with a question of
 * every type and publishes it; a resident answers every question with the keyboard alone (space on
 * radios and checkboxes, arrows within a group of scores, the up and down buttons of the ranking,
 * which keep the focus), a refused answer keeps what was chosen, the live results show a chart with
 * a table, and the resident changes the answer, the last one counting.
 */
class ResidentAnswersPollUiIT extends ConsultationJourney {
    private static final String SLUG = "poll-journey";
    private static final String[] IDS = new String[2];
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        String[] ids = communityWithPeople(SLUG, "Громада опитувань", new String[] {"LOCAL_MODERATOR", "RESIDENT"},
                new String[] {"Богдан Модератор", "Ірина Мешканка"});
        System.arraycopy(ids, 0, IDS, 0, ids.length);
    }

    @Test
    void moderatorPreparesAPollAndAResidentAnswersEveryTypeByKeyboard() throws Exception {
        // 1. The moderator prepares the poll: four questions, one of each type, then publishes it.
        chromium.open(base + "/" + SLUG + "/admin/consultations/new");
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultation:kind")));
        chromium.assertPhoneViewport();
        saveDraft("Опитування", "Парк над річкою", "Громада складає план робіт у парку над річкою на три роки.", "Екологія");
        addQuestion("Як часто ви буваєте в парку?", "Один варіант", "Щодня\nЩотижня\nРідко", null, null, null, true);
        addQuestion("Що потрібно парку?", "Кілька варіантів", "Лавки\nСвітло\nТуалет", "1", "2", null, false);
        addQuestion("Черговість робіт", "Ранжування", "Береги\nМіст\nДерева", null, null, null, false);
        addQuestion("Оцініть стан парку", "Оцінювання", "Чистота\nБезпека", null, null, "5", false);
        assertThat(chromium.driver.findElements(By.cssSelector("ol.poll-questions > li"))).hasSize(4);
        chromium.assertNoSeriousViolations("poll questions in the console");
        acceptConfirmations();
        chromium.driver.findElement(By.id("consultation:publish")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Обговорення оприлюднено"));
        String page = chromium.driver.findElement(By.linkText("Публічна сторінка")).getAttribute("href");
        signOut();

        // 2. A resident answers with the keyboard only; too many choices are refused and the choices kept.
        chromium.open(page);
        chromium.assertNoSeriousViolations("poll page, anonymous");
        chromium.driver.findElement(By.linkText("Увійдіть, щоб відповісти")).click();
        signInOnProviderPage("resident-" + IDS[1], IDS[1], "Ірина Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer:send")));
        chromium.assertNoSeriousViolations("poll form");
        List<WebElement> questions = chromium.driver.findElements(By.cssSelector("fieldset.poll-question"));
        questions.get(0).findElements(By.cssSelector("input[type=radio]")).get(1).sendKeys(Keys.SPACE);
        for (WebElement box : questions.get(1).findElements(By.cssSelector("input[type=checkbox]"))) {
            box.sendKeys(Keys.SPACE);
        }
        // the first option goes down twice: Береги ends last, the focus staying on its button
        WebElement down = questions.get(2).findElements(By.cssSelector("button[data-move=down]")).get(0);
        down.sendKeys(Keys.ENTER);
        assertThat(chromium.driver.switchTo().activeElement()).isEqualTo(down);
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(ranking()).containsExactly("Міст", "Дерева", "Береги");
        assertThat(chromium.driver.findElement(By.id("ranking-live")).getText()).isEqualTo("Береги: тепер 3 з 3");
        WebElement cleanFirst = questions.get(3).findElements(By.cssSelector("fieldset.score")).get(0).findElement(By.cssSelector("input"));
        cleanFirst.sendKeys(Keys.SPACE);
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // to 4
        questions.get(3).findElements(By.cssSelector("fieldset.score")).get(1).findElement(By.cssSelector("input")).sendKeys(Keys.SPACE);
        chromium.driver.findElement(By.id("answer:send")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Питання 2: оберіть від 1 до 2 варіантів"));
        questions = chromium.driver.findElements(By.cssSelector("fieldset.poll-question"));
        assertThat(questions.get(1).findElements(By.cssSelector("input:checked"))).as("the refused choices stay").hasSize(3);
        assertThat(ranking()).as("the refused ranking stays").containsExactly("Міст", "Дерева", "Береги");
        questions.get(1).findElements(By.cssSelector("input[type=checkbox]")).get(2).sendKeys(Keys.SPACE); // Туалет off
        chromium.driver.findElement(By.id("answer:send")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Дякуємо, вашу відповідь враховано"));

        // 3. The live results: a chart and a table per question; the resident's own answer is in the form.
        assertThat(chromium.driver.findElements(By.cssSelector("#results canvas"))).hasSize(4);
        List<WebElement> tables = chromium.driver.findElements(By.cssSelector("#results table.results"));
        assertThat(tables.get(0).getText()).contains("Щотижня 1 100,0 %");
        assertThat(tables.get(2).getText()).as("Borda: Міст 2, Дерева 1, Береги 0").contains("Міст 2 1", "Дерева 1 0", "Береги 0 0");
        assertThat(tables.get(3).getText()).contains("Чистота 4,00 0 0 0 1 0", "Безпека 1,00 1 0 0 0 0");
        assertThat(chromium.driver.findElement(By.id("poll-answered")).getText()).startsWith("Ви відповіли");
        chromium.assertNoSeriousViolations("poll page with results");
        chromium.screenshot("poll-phone.png");

        // 4. The resident changes the answer; the last one counts.
        questions = chromium.driver.findElements(By.cssSelector("fieldset.poll-question"));
        assertThat(questions.get(0).findElements(By.cssSelector("input[type=radio]")).get(1).isSelected()).isTrue();
        questions.get(0).findElements(By.cssSelector("input[type=radio]")).get(0).sendKeys(Keys.SPACE);
        chromium.driver.findElement(By.id("answer:send")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Вашу відповідь змінено"));
        tables = chromium.driver.findElements(By.cssSelector("#results table.results"));
        assertThat(tables.get(0).getText()).contains("Щодня 1 100,0 %", "Щотижня 0 0,0 %");
    }

    private static List<String> ranking() {
        return chromium.driver.findElements(By.cssSelector("ol.ranking li .label")).stream().map(WebElement::getText).toList();
    }

    private static void addQuestion(String text, String type, String options, String min, String max, String score, boolean other) {
        chromium.driver.findElement(By.id("question:text")).sendKeys(text);
        new Select(chromium.driver.findElement(By.id("question:type"))).selectByVisibleText(type);
        chromium.driver.findElement(By.id("question:options")).sendKeys(options);
        replace("question:min", min);
        replace("question:max", max);
        replace("question:score", score);
        if (other) {
            chromium.driver.findElement(By.id("question:other")).click();
        }
        chromium.driver.findElement(By.id("question:add")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Питання додано"));
        chromium.wait.until(d -> d.findElement(By.cssSelector("ol.poll-questions")).getText().contains(text));
    }

    private static void replace(String id, String value) {
        if (value != null) {
            WebElement field = chromium.driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        }
    }

}
