package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A resident votes in the browser at phone width, with the keyboard: from the contest's page to
 * sign-in and the ballot, four ticks where three are allowed are refused with the ticks kept, one
 * taken off, the vote confirmed; the receipt names the three projects, and the ballot page says
 * so again on a later visit; the database holds one ballot.
 */
class ResidentVotesUiIT extends BrowserJourney {
    private static final String SLUG = "vote-journey";
    private static String resident;
    private static long contest;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада голосування", "Voting community", "budget");
        resident = NationalIdentifiers.random();
        long author = TestDatabase.personWithRole(NationalIdentifiers.random(),
                "Авторка Проєктів", community, "RESIDENT");
        TestDatabase.personWithRole(resident, "Ірина Виборниця", community, "RESIDENT");
        contest = TestDatabase.contest(community, "Бюджет участі 2027", "VOTING");
        for (String title : List.of("Сквер біля школи", "Велодоріжка до озера", "Освітлення стежки", "Дитячий майданчик")) {
            TestDatabase.project(contest, community, author, "ADMITTED", title);
        }
    }

    @Test
    void aResidentPicksWithinTheLimitAndVotesOnce() throws Exception {
        chromium.open(base + "/" + SLUG + "/budget/" + contest);
        chromium.driver.findElement(By.id("vote-link")).click();
        signInOnProviderPage("resident-" + resident, resident, "Ірина Виборниця");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot:vote")));
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("ballot");
        List<WebElement> boxes = chromium.driver.findElements(By.cssSelector("fieldset.ballot-category input[type=checkbox]"));
        assertThat(boxes).hasSize(4);
        boxes.forEach(box -> box.sendKeys(Keys.SPACE));
        acceptConfirmations();
        chromium.driver.findElement(By.id("ballot:vote")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("можна обрати не більше 3 проєктів"));
        boxes = chromium.driver.findElements(By.cssSelector("fieldset.ballot-category input[type=checkbox]"));
        assertThat(boxes.stream().filter(WebElement::isSelected)).as("the ticks stay").hasSize(4);
        boxes.get(1).sendKeys(Keys.SPACE);
        acceptConfirmations();
        chromium.driver.findElement(By.id("ballot:vote")).sendKeys(Keys.ENTER);
        chromium.wait.until(d -> d.getPageSource().contains("Дякуємо, ваш голос враховано."));
        assertThat(chromium.driver.findElement(By.id("voted-for")).getText()).contains("Сквер біля школи", "Освітлення стежки",
                "Дитячий майданчик").doesNotContain("Велодоріжка до озера");
        chromium.assertNoSeriousViolations("receipt");
        chromium.screenshot("budget-vote-phone.png");

        chromium.open(base + "/" + SLUG + "/budget/" + contest + "/vote");
        assertThat(chromium.driver.findElement(By.id("receipt")).getText()).contains("онлайн", "Освітлення стежки");
        assertThat(chromium.driver.findElements(By.id("ballot:vote"))).as("no second ballot offered").isEmpty();
        assertThat(TestDatabase.count("select count(*) from budget_ballot where contest_id = ?", contest)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from budget_ballot_choice where contest_id = ?", contest)).isEqualTo(3);

        // the vote over, the results: equal shares over the one ballot; every chosen project fits the 5 million
        chromium.open(base + "/" + SLUG + "/budget/" + contest + "/results");
        assertThat(chromium.driver.getPageSource()).as("no results while the vote lasts").doesNotContain("Бюлетені за каналами");
        TestDatabase.execute("update budget_contest set stage = 'RESULTS' where id = ?", contest);
        chromium.open(base + "/" + SLUG + "/budget/" + contest + "/results");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("channels")));
        assertThat(chromium.driver.findElement(By.id("channels")).getText()).contains("онлайн 1", "на папері 0");
        assertThat(chromium.driver.findElement(By.id("ballots")).getText()).isEqualTo("1");
        String results = chromium.driver.findElement(By.cssSelector("section.category-results")).getText();
        assertThat(results).contains("Сквер біля школи 1", "Переміг", "За правилом «За кількістю голосів» перемогли б: № 1, № 3, № 4, № 2.");
        // the chart beside the table: a bar per project, the most voted one full
        assertThat(chromium.driver.findElements(By.cssSelector("section.category-results .vote-bar span"))).hasSize(4)
                .anyMatch(bar -> bar.getAttribute("style").contains("width: 100%"));
        chromium.assertNoSeriousViolations("results");
    }
}
