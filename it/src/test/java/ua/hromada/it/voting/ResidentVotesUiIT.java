package ua.hromada.it.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * At phone width: a resident opens an open vote, reads who may vote, votes and is shown their
 * receipt once (with why it is kept nowhere); the page then says they voted and offers no form.
 * The organiser closes the vote from the console; the resident comes back (no sign-in needed),
 * types the receipt into the search of the results page and finds their ballot with its choice and
 * position, also in the box. An anonymous reader of the vote page gets no session.
 */
class ResidentVotesUiIT extends BrowserJourney {
    private static final String SLUG = "voting-journey";
    private static final String TITLE = "Чи підтримуєте ви облаштування скверу на вулиці Яблунській?";
    private static String resident;
    private static String organiser;
    private static long vote;

    @BeforeAll
    static void vote() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада голосування", "Voting community", "voting");
        resident = NationalIdentifiers.random();
        TestDatabase.personWithRole(resident, "Олена Мешканка", community, "RESIDENT");
        organiser = NationalIdentifiers.random();
        TestDatabase.personWithRole(organiser, "Андрій Організатор", community, "VOTE_ORGANISER");
        vote = TestDatabase.vote(community, TITLE);
    }

    @Test
    void aResidentVotesAndLaterFindsTheirReceipt() {
        String page = "/" + SLUG + "/voting/votes/" + vote;
        HttpResponse<String> anonymous = Http.get(page);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains(TITLE, "Хто може голосувати");
        assertThat(anonymous.headers().allValues("Set-Cookie")).as("an anonymous reader gets no session").noneMatch(c -> c.startsWith("JSESSIONID"));

        chromium.driver.manage().deleteAllCookies();
        chromium.open(ItSettings.baseUrl() + page);
        chromium.driver.findElement(By.id("sign-in-link")).click();
        signInOnProviderPage("s-" + resident, resident, "Олена Мешканка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cast:cast-button")));
        chromium.assertPhoneViewport();
        assertThat(chromium.driver.findElement(By.id("who-heading")).getText()).isEqualTo("Хто може голосувати");
        chromium.assertNoSeriousViolations("the open vote, before voting");
        chromium.driver.findElement(By.xpath("//label[normalize-space()='Проти']")).click();
        chromium.driver.findElement(By.id("cast:cast-button")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
        String receipt = chromium.driver.findElement(By.id("receipt")).getText();
        assertThat(receipt).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
        assertThat(chromium.driver.findElement(By.id("receipt-box")).getText()).contains("лише один раз", "ніде не зберігаємо");
        assertThat(chromium.driver.findElements(By.id("cast"))).as("no second form").isEmpty();
        chromium.assertNoSeriousViolations("the receipt, shown once");

        chromium.open(ItSettings.baseUrl() + page);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cast-refusal")));
        assertThat(chromium.driver.findElement(By.id("cast-refusal")).getText()).contains("Ви вже проголосували");
        assertThat(chromium.driver.getPageSource()).as("the receipt is not shown again").doesNotContain(receipt);
        signOut();

        signInAt("/" + SLUG + "/admin/voting/votes/" + vote, organiser, "Андрій Організатор");
        assertThat(chromium.driver.findElement(By.id("turnout")).getText()).isEqualTo("Проголосувало: 1");
        chromium.assertNoSeriousViolations("the organiser's vote page");
        chromium.driver.findElement(By.id("close:close-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("скриньку опубліковано"));
        signOut();

        // the receipt search is public: the resident need not sign in again to check their ballot
        openAnonymousUntil(ItSettings.baseUrl() + page, "Результати");
        assertThat(chromium.driver.findElement(By.id("ballot-count")).getText()).isEqualTo("Бюлетенів: 1; записів у списку тих, хто голосував: 1.");
        assertThat(chromium.driver.findElement(By.id("chain-check")).getText()).contains("усе збігається");
        chromium.driver.findElement(By.id("receipt-query")).sendKeys(receipt.toLowerCase());
        chromium.driver.findElement(By.id("search-button")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-result")));
        assertThat(chromium.driver.findElement(By.id("search-result")).getText()).contains(receipt, "позиції 1", "Проти");
        assertThat(chromium.driver.getCurrentUrl()).contains("receipt=");
        chromium.assertNoSeriousViolations("the results with the receipt found");
        chromium.driver.findElement(By.id("box-link")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("box")));
        assertThat(chromium.driver.findElement(By.id("box")).getText()).contains(receipt, "Проти");
        chromium.assertNoSeriousViolations("the public box");

        // the same box, its result and the chain's heads as open data
        String openData = "/api/v1/communities/" + SLUG + "/open-data/";
        HttpResponse<String> heads = Http.get(openData + "ledger-heads");
        assertThat(heads.statusCode()).isEqualTo(200);
        assertThat(heads.body()).contains("\"chain\":\"vote\"", "\"subject\":" + vote, "\"position\":2");
        HttpResponse<String> boxes = Http.get(openData + "voting-boxes.csv");
        assertThat(boxes.statusCode()).isEqualTo(200);
        assertThat(boxes.body()).contains("receipt=" + receipt.replace("-", ""), "type=close");
        assertThat(Http.get(openData + "voting-results").body()).contains("\"ballots\":1", "\"rollEntries\":1");
    }
}
