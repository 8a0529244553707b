package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A moderator imports paper ballots at phone width: the import runs in the background, its
 * progress bar reaching 100 and a live region saying it is over; a file with a refused line
 * imports nothing and lists the line with its reason; the fixed file imports whole; one more ballot is entered by
 * hand; the results count the paper channel.
 */
class ModeratorImportsPaperBallotsUiIT extends BrowserJourney {
    private static final String SLUG = "paper-journey";
    private static String moderator;
    private static long contest;
    private final String base = ItSettings.baseUrl();

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада паперових бюлетенів", "Paper ballots community", "budget");
        moderator = taxNumber();
        TestDatabase.personWithRole(moderator, "Оксана Модераторка", community, "LOCAL_MODERATOR");
        long author = TestDatabase.personWithRole(taxNumber(), "Авторка Проєктів", community, "RESIDENT");
        contest = TestDatabase.contest(community, "Бюджет участі 2027", "VOTING");
        for (String title : List.of("Сквер біля школи", "Велодоріжка до озера", "Освітлення стежки")) {
            TestDatabase.project(contest, community, author, "ADMITTED", title);
        }
    }

    @Test
    void aFileWithARefusedLineImportsNothingAndTheFixedOneImportsWhole() throws Exception {
        chromium.open(base + "/" + SLUG + "/admin/budget/" + contest + "/ballots");
        signInOnProviderPage("moderator-" + moderator, moderator, "Оксана Модераторка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("paper ballots");
        String first = taxNumber();
        String second = taxNumber();
        upload("identifier;projects\n" + first + ";1,2\n" + second + ";1,2,3,7\n");
        awaitImportOver();
        assertThat(chromium.driver.findElement(By.id("report")).getText()).contains("Бюлетенів у файлі: 2; імпортовано: 0; відхилено рядків: 1.",
                "3 Проєкту № 7 немає серед допущених до голосування.");
        chromium.assertNoSeriousViolations("import report");
        chromium.assertPhoneViewport();
        chromium.screenshot("paper-ballots-import-report.png");
        upload("identifier;projects\n" + first + ";1,2\n" + second + ";1,2,3\n");
        awaitImportOver();
        chromium.wait.until(d -> d.findElement(By.id("report")).getText().contains("імпортовано: 2; відхилено рядків: 0."));
        assertThat(TestDatabase.count("select count(*) from budget_ballot where contest_id = ? and channel = 'PAPER'", contest)).isEqualTo(2);

        chromium.driver.findElement(By.id("ballot:identifier")).sendKeys(taxNumber());
        chromium.driver.findElements(By.cssSelector("#ballot fieldset.ballot-category input[type=checkbox]")).get(2).click();
        chromium.driver.findElement(By.id("ballot:enter")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Паперовий бюлетень внесено."));
        assertThat(TestDatabase.count("select count(*) from budget_ballot where contest_id = ? and channel = 'PAPER'", contest)).isEqualTo(3);
    }

    /** The import runs in the background: its bar reaches 100 and the live region says it is over, then the report shows. */
    private static void awaitImportOver() {
        chromium.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "100".equals(d.findElement(By.id("import-bar")).getAttribute("value")));
        chromium.wait.until(d -> d.findElement(By.id("import-status")).getText()
                .contains("Імпорт завершився"));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(chromium.driver.findElement(By.id("import-phase")).getText()).startsWith("Готово:");
    }

    private static void upload(String text) throws Exception {
        Path file = Files.createTempFile("ballots", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        chromium.driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        chromium.driver.findElement(By.id("import:run")).click();
        chromium.waitForPage();
    }

    private static String taxNumber() {
        return NationalIdentifiers.random();
    }
}
