package ua.hromada.it.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A consultation in the browser at phone width: a moderator prepares it from the console, attaches
 * a PDF and publishes it, a resident answers by keyboard alone, another resident replies, supports the answer and
 * complains about it, the moderator hides it from the complaints queue with a public reason, and
 * anyone reads the discussion; markup typed into an answer is refused and the text kept. A closed
 * consultation shows its report overdue until the moderator publishes it.
 */
class ResidentAnswersConsultationUiIT extends BrowserJourney {
    private static final String SLUG = "consultation-journey";
    private static final String TITLE = "Яким має бути сквер біля ставка?";
    private static final String QUESTION = "Громада оновлює сквер біля ставка. Що для вас найважливіше: тінь, лавки, освітлення чи дитячий майданчик?";
    private static final String ANSWER = "Лавки зі спинками в тіні дерев і освітлення вздовж доріжок.";
    private static final String REPLY = "Підтримую, і ще питний фонтанчик.";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private final String base = ItSettings.baseUrl();
    private static final String[] IDS = new String[3];
    private static final String REPORT = "Громада врахувала пропозиції: нову вулицю назвуть на честь Лесі Українки.";
    private static long closed;

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.community(SLUG, "Громада обговорень", "Consultation Community");
        TestDatabase.execute("insert into community_tool (community_id, tool) values (?, 'consultations')", community);
        closed = TestDatabase.consultation(community, "Назва нової вулиці", "PUBLISHED");
        TestDatabase.execute("update consultation set status = 'CLOSED', starts_at = now(6) - interval 30 day, ends_at = now(6) - interval 20 day,"
                + " closed_at = now(6) - interval 20 day, report_due_at = now(6) - interval 6 day where id = ?", closed);
        String[] roles = {"LOCAL_MODERATOR", "RESIDENT", "RESIDENT"};
        String[] names = {"Богдан Модератор", "Ірина Мешканка", "Тарас Сусід"};
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = NationalIdentifiers.random();
            TestDatabase.personWithRole(IDS[i], names[i], community, roles[i]);
        }
    }

    @Test
    void moderatorPublishesResidentAnswersNeighbourRepliesAndComplainsModeratorHides() throws Exception {
        // 1. The moderator prepares the consultation in the console and publishes it.
        chromium.open(base + "/" + SLUG + "/admin/consultations");
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Нове обговорення")));
        chromium.assertNoSeriousViolations("consultations console");
        chromium.driver.findElement(By.linkText("Нове обговорення")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultation:title")));
        chromium.assertPhoneViewport();
        chromium.driver.findElement(By.id("consultation:title")).sendKeys(TITLE);
        chromium.driver.findElement(By.id("consultation:description")).sendKeys(QUESTION);
        new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.id("consultation:category")))
                .selectByVisibleText("Містобудування і благоустрій");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Kyiv"));
        setValue("consultation:startsAt", now.minusHours(1).format(LOCAL));
        setValue("consultation:endsAt", now.plusDays(14).format(LOCAL));
        chromium.assertNoSeriousViolations("new consultation form");
        chromium.driver.findElement(By.id("consultation:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Чернетку обговорення створено"));
        java.nio.file.Path plan = java.nio.file.Files.createTempDirectory("consultation-journey").resolve("Схема скверу.pdf");
        java.nio.file.Files.write(plan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        chromium.driver.findElement(By.id("attach:file")).sendKeys(plan.toString());
        chromium.driver.findElement(By.id("attach:upload")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Документ додано"));
        assertThat(chromium.driver.findElement(By.cssSelector("ul.documents")).getText()).contains("Схема скверу.pdf");
        chromium.assertNoSeriousViolations("consultation draft with a document");
        acceptConfirmations();
        chromium.driver.findElement(By.id("consultation:publish")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Обговорення оприлюднено"));
        String page = chromium.driver.findElement(By.linkText("Публічна сторінка")).getAttribute("href");
        signOut();

        // 2. A resident signs in from the page and answers with the keyboard only; markup is refused and the text kept.
        chromium.open(page);
        chromium.assertNoSeriousViolations("consultation page, anonymous");
        assertThat(chromium.driver.findElement(By.cssSelector("#documents a")).getText()).isEqualTo("Схема скверу.pdf");
        chromium.driver.findElement(By.linkText("Увійдіть, щоб узяти участь")).click();
        signInOnProviderPage("resident-" + IDS[1], IDS[1], "Ірина Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment:text")));
        chromium.assertNoSeriousViolations("consultation page, signed in");
        WebElement text = chromium.driver.findElement(By.id("comment:text"));
        text.click();
        text.sendKeys("Дивіться <b>тут</b>");
        text.sendKeys(Keys.TAB);
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("без HTML-розмітки"));
        assertThat(chromium.driver.findElement(By.id("comment:text")).getAttribute("value")).isEqualTo("Дивіться <b>тут</b>");
        text = chromium.driver.findElement(By.id("comment:text"));
        text.clear();
        text.sendKeys(ANSWER);
        text.sendKeys(Keys.TAB);
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Вашу відповідь додано"));
        assertThat(chromium.driver.findElement(By.cssSelector("ol.threads")).getText()).contains(ANSWER, "Ірина Мешканка");
        assertThat(chromium.driver.findElements(By.cssSelector("ol.threads .comment input[type=submit]")))
                .as("one's own answer has no support button").isEmpty();
        signOut();

        // 3. Another resident replies to the answer and supports it.
        chromium.open(page);
        chromium.driver.findElement(By.linkText("Увійдіть, щоб узяти участь")).click();
        signInOnProviderPage("neighbour-" + IDS[2], IDS[2], "Тарас Сусід");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.reply summary")));
        chromium.driver.findElement(By.cssSelector("details.reply summary")).click();
        WebElement reply = chromium.driver.findElement(By.cssSelector("details.reply textarea"));
        reply.sendKeys(REPLY);
        chromium.driver.findElement(By.cssSelector("details.reply input[type=submit]")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Вашу відповідь на коментар додано"));
        chromium.driver.findElement(By.cssSelector("ol.threads > li > .comment input[type=submit]")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Ви підтримали коментар"));
        assertThat(chromium.driver.findElement(By.cssSelector("ol.threads > li > .comment .support")).getText())
                .contains("Підтримали: 1", "ви підтримали");
        chromium.assertNoSeriousViolations("consultation page after a reply and support");
        chromium.driver.findElement(By.cssSelector("ol.threads > li > .comment details.complain summary")).click();
        new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.cssSelector("ol.threads > li > .comment details.complain select")))
                .selectByVisibleText("Не стосується обговорення");
        chromium.driver.findElement(By.cssSelector("ol.threads > li > .comment details.complain input[type=submit]")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Скаргу надіслано модераторам"));
        signOut();

        // 4. The moderator works through the complaints queue and hides the answer with a public reason.
        chromium.open(base + "/" + SLUG + "/admin/consultations/complaints");
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/admin/consultations/comments/']")));
        chromium.assertNoSeriousViolations("complaints queue");
        chromium.driver.findElement(By.cssSelector("table a[href*='/admin/consultations/comments/']")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide:hide")));
        assertThat(chromium.driver.findElement(By.id("comment-text")).getText()).isEqualTo(ANSWER);
        chromium.assertNoSeriousViolations("one comment for the moderator");
        new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.id("decide:reason"))).selectByVisibleText("Не стосується обговорення");
        chromium.driver.findElement(By.id("decide:hide")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Коментар приховано, автору повідомлено"));
        signOut();

        // 5. Anyone reads the discussion: the hidden answer shows why, its reply stays.
        chromium.open(page);
        assertThat(chromium.driver.findElement(By.id("comments-heading")).getText()).contains("(2)");
        assertThat(chromium.driver.findElement(By.cssSelector("ol.threads > li > .comment .hidden-comment")).getText())
                .isEqualTo("Приховано модератором: Не стосується обговорення");
        assertThat(chromium.driver.findElement(By.cssSelector("ol.threads")).getText()).doesNotContain(ANSWER);
        assertThat(chromium.driver.findElement(By.cssSelector("ol.replies")).getText()).contains(REPLY, "Тарас Сусід");
        chromium.assertNoSeriousViolations("consultation page with a hidden answer");
        chromium.screenshot("consultation-phone.png");

        // 6. A closed consultation shows its report overdue; the moderator publishes the report, and anyone reads it.
        String closedPage = base + "/" + SLUG + "/consultations/" + closed;
        chromium.open(closedPage);
        assertThat(chromium.driver.findElement(By.id("report-overdue")).getText()).startsWith("Звіт прострочено");
        chromium.open(base + "/" + SLUG + "/admin/consultations/" + closed);
        signInOnProviderPage("moderator-" + IDS[0], IDS[0], "Богдан Модератор");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:text")));
        chromium.assertNoSeriousViolations("report form");
        chromium.driver.findElement(By.id("report:text")).sendKeys(REPORT);
        acceptConfirmations();
        chromium.driver.findElement(By.id("report:publish-report")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Звіт оприлюднено"));
        signOut();
        chromium.open(closedPage);
        assertThat(chromium.driver.findElement(By.id("report")).getText()).contains(REPORT, "Богдан Модератор");
        assertThat(chromium.driver.findElements(By.id("report-overdue"))).isEmpty();
        chromium.assertNoSeriousViolations("consultation page with its report");
    }

    private static void setValue(String id, String value) {
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].value = arguments[1];",
                chromium.driver.findElement(By.id(id)), value);
    }
}
