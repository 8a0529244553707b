package ua.hromada.it.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * At phone width: a resident files a complaint to a department from the directory with a PDF
 * attached and sees its number, due date and the attachment at once (theirs to download, nobody
 * else's); the secretariat officer opens it from the console's queue, downloads the attachment and
 * answers; the resident reads the answer from the cabinet.
 */
class ResidentFilesAppealUiIT extends BrowserJourney {
    private static final String SLUG = "appeals-journey";
    private static final String ANSWER = "Контейнери на Яблунській вивезено; перевізника оштрафовано за пропущені рейси.";
    private static String resident;
    private static String secretary;

    @BeforeAll
    static void community() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада звернень", "Appeals community", "appeals");
        resident = NationalIdentifiers.random();
        secretary = NationalIdentifiers.random();
        TestDatabase.personWithRole(secretary, "Софія Секретарка", community, "SECRETARIAT_OFFICER");
        TestDatabase.execute("insert into appeal_department (community_id, name, contacts, created_at) values (?, ?, ?, now(6))",
                community, "Відділ житлово-комунального господарства", "вул. Енергетиків, 12; прийом у вівторок");
    }

    @Test
    void aResidentFilesAComplaintTheSecretariatAnswersAndTheResidentReadsIt() throws IOException {
        Path pdf = Files.createTempFile("akt-ohliadu-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        pdf.toFile().deleteOnExit();
        signInAt("/cabinet/appeals.xhtml", resident, "Олена Заявниця");
        chromium.open(ItSettings.baseUrl() + "/" + SLUG + "/appeals");
        chromium.assertPhoneViewport();
        chromium.assertNoSeriousViolations("appeals and the directory");
        chromium.driver.findElement(By.partialLinkText("Звернутися")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal:file")));
        assertThat(new Select(chromium.driver.findElement(By.id("appeal:department"))).getFirstSelectedOption().getText())
                .isEqualTo("Відділ житлово-комунального господарства");
        new Select(chromium.driver.findElement(By.id("appeal:kind"))).selectByVisibleText("Скарга");
        chromium.driver.findElement(By.id("appeal:subject")).sendKeys("Сміття на Яблунській");
        chromium.driver.findElement(By.id("appeal:text")).sendKeys("Коротко");
        chromium.assertNoSeriousViolations("the filing form");
        chromium.driver.findElement(By.id("appeal:file")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Текст — від 20 до 10000 символів."));
        assertThat(chromium.driver.findElement(By.id("appeal:subject")).getAttribute("value")).isEqualTo("Сміття на Яблунській");
        chromium.driver.findElement(By.id("appeal:text")).sendKeys(": контейнери у дворі будинку № 7 не вивозять третій тиждень.");
        chromium.driver.findElement(By.id("appeal:attachments:0:attachment")).sendKeys(pdf.toString());
        chromium.driver.findElement(By.id("appeal:file")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-number")));
        assertThat(chromium.driver.findElement(By.id("attachments")).getText()).contains(pdf.getFileName().toString(), "документ PDF");
        String download = chromium.driver.findElement(By.partialLinkText(pdf.getFileName().toString())).getAttribute("href");
        HttpResponse<String> own = Browserless.inSessionOf(chromium).get(download);
        assertThat(own.statusCode()).as("the applicant downloads it").isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(own.body()).startsWith("%PDF-1.4");
        assertThat(Http.getBytes(ItSettings.baseUrl(), download.substring(ItSettings.baseUrl().length())).statusCode())
                .as("an anonymous visitor: as if it did not exist").isEqualTo(404);
        String number = chromium.driver.findElement(By.id("appeal-number")).getText();
        assertThat(number).matches("\\d{4}-\\d{6}");
        assertThat(chromium.driver.getPageSource()).contains("Звернення зареєстровано.");
        assertThat(chromium.driver.findElement(By.id("appeal-due")).getText()).isNotBlank();
        assertThat(chromium.driver.findElement(By.id("appeal-status")).getText()).isEqualTo("Зареєстровано, розглядається");
        chromium.assertNoSeriousViolations("the registered appeal");
        signOut();

        signInAt("/" + SLUG + "/admin/appeals", secretary, "Софія Секретарка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(number)));
        chromium.assertNoSeriousViolations("the appeals queue");
        chromium.driver.findElement(By.linkText(number)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply:answer")));
        assertThat(chromium.driver.findElement(By.id("attachments")).getText()).contains(pdf.getFileName().toString());
        assertThat(Browserless.inSessionOf(chromium).get(download).statusCode()).as("the secretariat downloads it").isEqualTo(200);
        chromium.driver.findElement(By.id("reply:answer")).sendKeys(ANSWER);
        chromium.driver.findElement(By.id("reply:answer-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Відповідь надіслано заявникові."));
        chromium.assertNoSeriousViolations("the answered appeal in the console");
        signOut();

        signInAt("/cabinet/appeals.xhtml", resident, "Олена Заявниця");
        chromium.driver.findElement(By.partialLinkText(number)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        assertThat(chromium.driver.findElement(By.id("answer")).getText()).contains(ANSWER);
        assertThat(chromium.driver.findElement(By.id("appeal-status")).getText()).isEqualTo("Надано відповідь");
        chromium.assertNoSeriousViolations("the answer in the cabinet");
    }
}
