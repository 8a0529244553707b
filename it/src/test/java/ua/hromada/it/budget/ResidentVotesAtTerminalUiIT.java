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
 * A kiosk at a support point, at phone width with the keyboard and axe: the moderator makes its
 * browser a voting terminal and signs out; a resident signs in on it through the provider and
 * votes; the ballot counts under the channel TERMINAL and the receipt tells them to sign out.
 */
class ResidentVotesAtTerminalUiIT extends BrowserJourney {
    private static final String SLUG = "terminal-journey";
    private static String moderator;
    private static String resident;
    private static long contest;
    private final String base = ItSettings.baseUrl();

    private static String identifier() {
        return NationalIdentifiers.random();
    }

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада терміналів", "Terminal community", "budget");
        moderator = identifier();
        resident = identifier();
        TestDatabase.personWithRole(moderator, "Андрій Модератор", community, "LOCAL_MODERATOR");
        long author = TestDatabase.personWithRole(identifier(), "Авторка Проєктів", community, "RESIDENT");
        TestDatabase.personWithRole(resident, "Ірина Виборниця", community, "RESIDENT");
        contest = TestDatabase.contest(community, "Бюджет участі 2027", "VOTING");
        for (String title : List.of("Сквер біля школи", "Велодоріжка до озера")) {
            TestDatabase.project(contest, community, author, "ADMITTED", title);
        }
    }

    @Test
    void aResidentVotesAtTheKioskTheModeratorRegistered() throws Exception {
        signInAt("/" + SLUG + "/admin/budget/terminals", moderator, "Андрій Модератор");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("terminals console");
        chromium.driver.findElement(By.id("terminal:label")).sendKeys("Термінал у ЦНАП, вул. Енергетиків, 12");
        chromium.driver.findElement(By.id("terminal:register")).sendKeys(Keys.ENTER);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("this-terminal")));
        assertThat(chromium.driver.findElement(By.id("terminal-list")).getText()).contains("Термінал у ЦНАП, вул. Енергетиків, 12");
        assertThat(chromium.driver.manage().getCookieNamed("hromada-terminal").isHttpOnly()).isTrue();
        chromium.assertNoSeriousViolations("a registered terminal");
        signOut();

        chromium.open(base + "/" + SLUG + "/budget/" + contest + "/vote");
        signInOnProviderPage("resident-" + resident, resident, "Ірина Виборниця");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot:vote")));
        List<WebElement> boxes = chromium.driver.findElements(By.cssSelector("fieldset.ballot-category input[type=checkbox]"));
        boxes.get(0).sendKeys(Keys.SPACE);
        acceptConfirmations();
        chromium.driver.findElement(By.id("ballot:vote")).sendKeys(Keys.ENTER);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("terminal-done")));
        assertThat(chromium.driver.findElement(By.id("receipt")).getText()).contains("через термінал", "Сквер біля школи");
        chromium.assertNoSeriousViolations("receipt at a terminal");
        assertThat(TestDatabase.count("select count(*) from budget_ballot where contest_id = ? and channel = 'TERMINAL'", contest))
                .isEqualTo(1);
        signOut();
    }
}
