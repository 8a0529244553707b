package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A pupil votes at phone width, with the keyboard, from the QR code's link: the code after the
 * {@code #} fills the field and leaves the address bar; the ballot is refused over its limit with
 * the ticks kept, then cast; the receipt names the projects, no session cookie was set, and the
 * same link later says the code has voted. The school's page lists the school and its contest.
 */
class PupilVotesWithCodeUiIT extends BrowserJourney {
    private static final String SLUG = "school-code-journey";
    private static final String CODE = "7K3MQ9XRT2VB8HNC4PDW";
    private static long contest;
    private static String teacher;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void school() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада шкільного бюджету", "School budget community", "budget");
        teacher = NationalIdentifiers.random();
        long author = TestDatabase.personWithRole(teacher, "Модераторка Школи", community, "SCHOOL_MODERATOR");
        TestDatabase.execute("insert into budget_school (community_id, name, created_at) values (?, 'Ліцей № 3', now(6))", community);
        long school = TestDatabase.count("select max(id) from budget_school where community_id = ?", community);
        contest = TestDatabase.contest(community, "Шкільний бюджет ліцею № 3", "VOTING");
        TestDatabase.execute("update budget_contest set school_id = ? where id = ?", school, contest);
        TestDatabase.execute("insert into budget_school_moderator (school_id, person_id, community_id, assigned_at, assigned_by)"
                + " values (?, ?, ?, now(6), 'test')", school, author, community);
        TestDatabase.execute("update budget_category set picks = 2 where contest_id = ?", contest);
        for (String title : List.of("Шкільна теплиця", "Вуличні тренажери", "Книжкова шафа")) {
            TestDatabase.project(contest, community, author, "ADMITTED", title);
        }
        TestDatabase.execute("insert into budget_voting_code (community_id, contest_id, serial, code_hash, issued_at) values (?, ?, 1, ?, now(6))",
                community, contest, sha256(CODE));
    }

    @Test
    void aPupilVotesOnceFromTheQrLink() throws Exception {
        chromium.open(base + "/" + SLUG + "/budget/schools");
        chromium.driver.manage().deleteAllCookies(); // the pupil's browser: nobody signed in
        chromium.open(base + "/" + SLUG + "/budget/schools");
        assertThat(chromium.driver.findElement(By.id("schools")).getText()).contains("Ліцей № 3", "Шкільний бюджет ліцею № 3");
        chromium.assertNoSeriousViolations("schools");

        chromium.open(base + "/" + SLUG + "/budget/" + contest + "/code#" + CODE.substring(0, 4) + "-" + CODE.substring(4));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code:check")));
        chromium.assertPhoneViewport();
        assertThat(chromium.driver.findElement(By.id("code:value")).getAttribute("value")).isEqualTo("7K3M-Q9XRT2VB8HNC4PDW");
        assertThat(chromium.driver.getCurrentUrl()).as("the code leaves the address bar").doesNotContain("7K3M");
        chromium.assertNoSeriousViolations("code");
        chromium.driver.findElement(By.id("code:check")).sendKeys(Keys.ENTER);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot:vote")));
        chromium.assertNoSeriousViolations("pupil ballot");
        List<WebElement> boxes = chromium.driver.findElements(By.cssSelector("fieldset.ballot-category input[type=checkbox]"));
        assertThat(boxes).hasSize(3);
        boxes.forEach(box -> box.sendKeys(Keys.SPACE));
        acceptConfirmations();
        chromium.driver.findElement(By.id("ballot:vote")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("можна обрати не більше 2 проєктів"));
        boxes = chromium.driver.findElements(By.cssSelector("fieldset.ballot-category input[type=checkbox]"));
        assertThat(boxes.stream().filter(WebElement::isSelected)).as("the ticks stay").hasSize(3);
        boxes.get(1).sendKeys(Keys.SPACE);
        acceptConfirmations();
        chromium.driver.findElement(By.id("ballot:vote")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Дякуємо, твій голос враховано."));
        assertThat(chromium.driver.findElement(By.id("voted-for")).getText()).contains("Шкільна теплиця", "Книжкова шафа")
                .doesNotContain("Вуличні тренажери");
        chromium.assertNoSeriousViolations("pupil receipt");
        chromium.screenshot("budget-pupil-code-phone.png");
        assertThat(chromium.driver.manage().getCookies()).as("a pupil gets no session").noneMatch(c -> c.getName().equals("JSESSIONID"));
        assertThat(TestDatabase.count("select count(*) from budget_ballot where contest_id = ? and channel = 'CODE'", contest)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from budget_voting_code where contest_id = ? and used_at is not null", contest))
                .isEqualTo(1);

        // from the contest's page, as a link that differs in its fragment only would not load the page again
        chromium.open(base + "/" + SLUG + "/budget/" + contest);
        assertThat(chromium.driver.findElement(By.id("contest-school")).getText()).contains("Ліцей № 3");
        assertThat(chromium.driver.findElements(By.id("vote-link"))).as("no online ballot in a school's contest").isEmpty();
        chromium.open(base + "/" + SLUG + "/budget/" + contest + "/code#" + CODE);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code:check")));
        chromium.driver.findElement(By.id("code:check")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Цим кодом уже проголосували."));
        assertThat(chromium.driver.findElements(By.id("ballot:vote"))).as("no second ballot").isEmpty();
    }

    @Test
    void theSchoolModeratorsConsolePagesWorkAtPhoneWidth() {
        signInAt("/" + SLUG + "/admin/budget/schools", teacher, "Модераторка Школи");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.school-contests")));
        chromium.assertPhoneViewport();
        assertThat(chromium.driver.findElement(By.cssSelector("ul.school-contests")).getText()).contains("Шкільний бюджет ліцею № 3");
        chromium.assertNoSeriousViolations("schools console");
        chromium.driver.findElement(By.linkText("Коди для голосування")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-counts")));
        assertThat(chromium.driver.findElement(By.id("code-counts")).getText()).contains("Видано");
        chromium.assertNoSeriousViolations("codes console");
        signOut();
    }

    private static String sha256(String code) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
    }
}
