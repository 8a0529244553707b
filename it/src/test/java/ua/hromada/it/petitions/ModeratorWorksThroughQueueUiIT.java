package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Chromium;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A moderator's working day in the console, on a phone and at a desk: the console home says what
 * waits (and what is overdue), the queue is a lazy table searched and sorted on the server, and
 * each submission is read whole, decided, and followed by the next one.
 */
class ModeratorWorksThroughQueueUiIT extends BrowserJourney {
    private static final String SLUG = "queue-day";
    private static final String OVERDUE = "Вуличне освітлення біля ліцею";
    private static final String SECOND = "Безпечний перехід на Шевченка";
    private static final String THIRD = "Автобус до лікарні щогодини";
    private final String base = ItSettings.baseUrl();
    private static long community;
    private static long[] petitions;
    private static String moderator;

    @BeforeAll
    static void community() throws Exception {
        community = TestDatabase.community(SLUG, "Громада черги", "Queue Community");
        TestDatabase.execute("insert into community_tool (community_id, tool) values (?, 'petitions')", community);
        String author = NationalIdentifiers.random();
        moderator = NationalIdentifiers.random();
        long authorId = TestDatabase.personWithRole(author, "Олена Авторка", community, "RESIDENT");
        TestDatabase.personWithRole(moderator, "Марко Модератор", community, "LOCAL_MODERATOR");
        petitions = new long[] {TestDatabase.submittedPetition(community, authorId, OVERDUE),
                TestDatabase.submittedPetition(community, authorId, SECOND),
                TestDatabase.submittedPetition(community, authorId, THIRD)};
        // the first is a day past its moderation deadline, the second due a day later than the third
        TestDatabase.execute("update petition set moderation_due_at = now(6) - interval 1 day where id = ?", petitions[0]);
        TestDatabase.execute("update petition set moderation_due_at = now(6) + interval 3 day where id = ?", petitions[1]);
    }

    @Test
    void moderatorSeesWhatWaitsAndWorksThroughTheQueue() throws Exception {
        // 1. The console home, on a phone: three wait for moderation, one of them overdue.
        signInAt("/" + SLUG + "/admin/", moderator, "Марко Модератор");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Консоль громади");
        WebElement moderation = waitingLine(chromium, "Чекають модерації");
        assertThat(moderation.findElement(By.cssSelector(".count")).getText()).isEqualTo("3");
        assertThat(moderation.findElement(By.cssSelector(".overdue")).getText()).isEqualTo("прострочено: 1");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("console home, phone");

        // 2. The queue: most urgent first; the search box and the sortable headers ask the server.
        moderation.findElement(By.tagName("a")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/admin/petitions"));
        chromium.waitForPage();
        assertThat(titles(chromium)).containsExactly(OVERDUE, THIRD, SECOND);
        assertThat(chromium.driver.findElement(By.cssSelector("tbody .overdue")).getText()).isEqualTo("прострочено");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("moderation queue, phone");
        chromium.screenshot("queue-phone.png");

        WebElement search = chromium.driver.findElement(By.id("queue:table:globalFilter"));
        search.sendKeys("перехід");
        chromium.wait.until(d -> titles(chromium).equals(List.of(SECOND)));
        search.sendKeys(Keys.ENTER);
        assertThat(chromium.driver.getCurrentUrl()).as("Enter filters, it does not submit").isEqualTo(base + "/" + SLUG + "/admin/petitions");
        search.clear();
        search.sendKeys(Keys.BACK_SPACE);
        chromium.wait.until(d -> titles(chromium).size() == 3);
        // 3. At a desk, in the same session: the navigation stands beside the page; the headers sort from the keyboard.
        try (Chromium desk = chromium.atDeskInSameSession()) {
            desk.open(base + "/" + SLUG + "/admin/petitions");
            desk.assertDesktopViewport();
            assertThat(desk.driver.findElement(By.cssSelector(".console-nav")).getRect().getX())
                    .as("navigation left of the page").isLessThan(desk.driver.findElement(By.cssSelector(".console-page")).getRect().getX());
            desk.assertNoSeriousViolations("moderation queue, desktop");
            desk.screenshot("queue-desktop.png");
            WebElement byTitle = desk.driver.findElement(By.xpath("//th[.//span[normalize-space()='Назва']]"));
            byTitle.sendKeys(Keys.ENTER);
            desk.wait.until(d -> titles(desk).equals(List.of(THIRD, SECOND, OVERDUE)));

            // 4. The overdue one first: read whole, published; the page offers the next of the queue.
            desk.driver.findElement(By.linkText(OVERDUE)).click();
            desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish:publish-button")));
            assertThat(desk.driver.findElement(By.tagName("h1")).getText()).isEqualTo(OVERDUE);
            assertThat(desk.driver.findElement(By.cssSelector(".petition-review .long-text")).getText()).isEqualTo("Текст петиції");
            desk.assertNoSeriousViolations("petition review, desktop");
            desk.acceptConfirmations();
            desk.driver.findElement(By.id("publish:publish-button")).click();
            desk.wait.until(d -> d.getPageSource().contains("Петицію оприлюднено"));
            assertThat(desk.driver.findElements(By.id("publish:publish-button"))).as("decided: no second decision").isEmpty();

            // 5. Next: the most urgent of the rest, rejected with a reason.
            desk.driver.findElement(By.linkText("Наступна петиція в черзі")).click();
            desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reject:reject-button")));
            assertThat(desk.driver.findElement(By.tagName("h1")).getText()).isEqualTo(THIRD);
            new Select(desk.driver.findElement(By.id("reject:reason"))).selectByValue("DUPLICATE");
            desk.driver.findElement(By.id("reject:note")).sendKeys("Така сама петиція вже збирає підписи.");
            desk.acceptConfirmations();
            desk.driver.findElement(By.id("reject:reject-button")).click();
            desk.wait.until(d -> d.getPageSource().contains("Петицію відхилено"));
        }
        assertThat(TestDatabase.count("select count(*) from petition where id = ? and status = 'COLLECTING'", petitions[0])).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from petition where id = ? and status = 'REJECTED'"
                + " and rejection_reason = 'DUPLICATE'", petitions[2])).isEqualTo(1);

        // 6. Back on the phone, the console home: one waits, none overdue; the review page reads well there too.
        chromium.open(base + "/" + SLUG + "/admin/");
        chromium.assertPhoneViewport();
        WebElement left = waitingLine(chromium, "Чекають модерації");
        assertThat(left.findElement(By.cssSelector(".count")).getText()).isEqualTo("1");
        assertThat(left.findElements(By.cssSelector(".overdue"))).isEmpty();
        chromium.open(base + "/" + SLUG + "/admin/petitions/" + petitions[1]);
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("petition review, phone");
        chromium.open(base + "/" + SLUG + "/admin/petitions/reports");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("petitions console: reports, phone");

        // 7. The petitions settings, a form built from the manifest: crossed text bounds are refused
        //    and nothing is saved; a threshold within bounds is saved.
        chromium.driver.findElement(By.cssSelector("nav.console-nav")).findElement(By.linkText("Налаштування")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(base + "/" + SLUG + "/admin/settings/petitions"));
        chromium.waitForPage();
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Електронні петиції: Налаштування");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("petitions settings, phone");
        setting("petitions.threshold", "250");
        setting("petitions.text-min", "6000");
        chromium.acceptConfirmations();
        chromium.driver.findElement(By.id("settings:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("більша за максимальну"));
        assertThat(TestDatabase.count("select count(*) from community_setting where community_id = ? and name like 'petitions.%'", community))
                .as("nothing saved").isZero();
        setting("petitions.text-min", "100");
        chromium.acceptConfirmations();
        chromium.driver.findElement(By.id("settings:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Налаштування збережено"));
        assertThat(TestDatabase.count("select value from community_setting where community_id = ? and name = 'petitions.threshold'",
                community)).isEqualTo(250);
        assertThat(TestDatabase.count("select count(*) from audit_entry where community_id = ? and action = 'petitions.settings'",
                community)).isEqualTo(1);
    }

    private static void setting(String name, String value) {
        WebElement field = chromium.driver.findElement(By.cssSelector("[data-setting='" + name + "']"));
        field.clear();
        field.sendKeys(value);
    }

    private static WebElement waitingLine(Chromium browser, String label) {
        return browser.driver.findElements(By.cssSelector("li.waiting-item")).stream()
                .filter(li -> li.findElement(By.cssSelector(".label")).getText().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> titles(Chromium browser) {
        return browser.driver.findElements(By.cssSelector("tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }
}
