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
 * else's); the secretariat officer opens it from the console's queue and downloads the attachment;
 * the department's head, an executor, finds it in their queue (only their department's), gives it
 * to themself and answers; the resident reads the answer from the cabinet. Another appeal: the
 * secretariat asks the resident for a clarification, the resident reads the question and replies
 * at phone width, and the term runs again with the pause shown. A request refused on the
 * community's ground: the resident reads the ground and files a complaint from the refusal, which
 * refers to the request.
 */
class ResidentFilesAppealUiIT extends BrowserJourney {
    private static final String SLUG = "appeals-journey";
    private static final String ANSWER = "Контейнери на Яблунській вивезено; перевізника оштрафовано за пропущені рейси.";
    private static String resident;
    private static String secretary;
    private static String executor;
    private static final String OTHER_SUBJECT = "Звернення до органу загалом";
    private static long community;

    @BeforeAll
    static void community() throws Exception {
        community = TestDatabase.communityWith(SLUG, "Громада звернень", "Appeals community", "appeals");
        resident = NationalIdentifiers.random();
        secretary = NationalIdentifiers.random();
        TestDatabase.personWithRole(secretary, "Софія Секретарка", community, "SECRETARIAT_OFFICER");
        TestDatabase.execute("insert into appeal_department (community_id, name, contacts, created_at) values (?, ?, ?, now(6))",
                community, "Відділ житлово-комунального господарства", "вул. Енергетиків, 12; прийом у вівторок");
        executor = NationalIdentifiers.random();
        long head = TestDatabase.personWithRole(executor, "Ігор Виконавець", community, "DEPARTMENT_EXECUTOR");
        TestDatabase.execute("insert into appeal_department_staff (department_id, person_id, head, community_id, added_at)"
                + " select id, ?, true, community_id, now(6) from appeal_department where community_id = ?", head, community);
        TestDatabase.execute("insert into appeal_department (community_id, name, created_at) values (?, ?, now(6))", community,
                "Управління освіти");
        TestDatabase.appeal(community, TestDatabase.personWithRole(NationalIdentifiers.random(), "Інша Заявниця", community, "RESIDENT"),
                OTHER_SUBJECT);
    }

    @Test
    void aResidentFilesAComplaintTheDepartmentsExecutorAnswersAndTheResidentReadsIt() throws IOException {
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
        assertThat(chromium.driver.getPageSource()).as("the secretariat's queue: every appeal").contains(OTHER_SUBJECT);
        chromium.assertNoSeriousViolations("the appeals queue");
        chromium.driver.findElement(By.linkText(number)).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply:answer")));
        assertThat(chromium.driver.findElement(By.id("attachments")).getText()).contains(pdf.getFileName().toString());
        assertThat(Browserless.inSessionOf(chromium).get(download).statusCode()).as("the secretariat downloads it").isEqualTo(200);
        signOut();

        signInAt("/" + SLUG + "/admin/appeals", executor, "Ігор Виконавець");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(number)));
        assertThat(chromium.driver.getPageSource()).as("the body's appeal is not the department's").doesNotContain(OTHER_SUBJECT);
        chromium.driver.findElement(By.id("appeals:overdue")).click();
        chromium.driver.findElement(By.id("appeals:filter")).click();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText(number)));
        chromium.assertNoSeriousViolations("the executor's queue, filtered to the overdue");
        chromium.driver.findElement(By.id("appeals:overdue")).click();
        chromium.driver.findElement(By.id("appeals:filter")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(number))).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assign:executor")));
        String consolePage = chromium.driver.getCurrentUrl();
        assertThat(chromium.driver.findElements(By.id("route:route-button"))).as("only the secretariat routes").isEmpty();
        new Select(chromium.driver.findElement(By.id("assign:executor"))).selectByVisibleText("Ігор Виконавець (керівник)");
        chromium.driver.findElement(By.id("assign:assign-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Виконавця призначено."));
        assertThat(chromium.driver.findElement(By.id("executor")).getText()).contains("Ігор Виконавець");
        assertThat(Browserless.inSessionOf(chromium).get(download).statusCode()).as("the department's staff download it").isEqualTo(200);
        chromium.assertNoSeriousViolations("the appeal in the executor's console");
        String begun = ANSWER.substring(0, ANSWER.length() / 2);
        chromium.driver.findElement(By.id("reply:answer")).sendKeys(begun);
        chromium.driver.findElement(By.id("reply:draft-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Чернетку відповіді збережено"));
        chromium.open(consolePage); // a new view: the draft comes from the database
        assertThat(chromium.driver.findElement(By.id("reply:answer")).getAttribute("value")).isEqualTo(begun);
        assertThat(chromium.driver.findElement(By.id("draft-note")).getText()).contains("Чернетку збережено").contains("Ігор Виконавець");
        chromium.assertNoSeriousViolations("a draft answer in the console");
        chromium.driver.findElement(By.id("reply:answer")).sendKeys(ANSWER.substring(begun.length()));
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

    @Test
    void theSecretariatAsksAClarificationAndTheResidentRepliesFromThePhone() throws Exception {
        String applicant = NationalIdentifiers.random();
        long person = TestDatabase.personWithRole(applicant, "Марія Уточнювачка", community, "RESIDENT");
        long appeal = TestDatabase.appeal(community, person, "Ремонт дороги на Тихій");
        signInAt("/" + SLUG + "/admin/appeals/" + appeal, secretary, "Софія Секретарка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clarify:question")));
        chromium.driver.findElement(By.id("clarify:question")).sendKeys("Уточніть, будь ласка, номери будинків на Тихій.");
        chromium.driver.findElement(By.id("clarify:pause-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Запитання надіслано заявникові, строк зупинено."));
        assertThat(chromium.driver.findElement(By.id("appeal-pause")).getText()).contains("чекаємо на уточнення заявника");
        assertThat(chromium.driver.findElements(By.id("reply:answer"))).as("no answer while paused").isEmpty();
        chromium.assertNoSeriousViolations("the paused appeal in the console");
        signOut();

        signInAt("/" + SLUG + "/appeals/" + appeal, applicant, "Марія Уточнювачка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clarification-reply:reply")));
        chromium.assertPhoneViewport();
        assertThat(chromium.driver.findElement(By.id("appeal-status")).getText()).isEqualTo("Чекає на уточнення заявника, строк зупинено");
        assertThat(chromium.driver.findElement(By.id("clarification-question")).getText()).contains("номери будинків");
        chromium.assertNoSeriousViolations("the question on the applicant's page");
        chromium.driver.findElement(By.id("clarification-reply:reply")).sendKeys("Так");
        chromium.driver.findElement(By.id("clarification-reply:reply-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Уточнення — від 10 до 1000 символів."));
        chromium.driver.findElement(By.id("clarification-reply:reply")).sendKeys(": будинки № 3, 5 і 7, від перехрестя до школи.");
        chromium.driver.findElement(By.id("clarification-reply:reply-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Уточнення надіслано, строк розгляду відновлено."));
        assertThat(chromium.driver.findElement(By.id("appeal-status")).getText()).isEqualTo("Зареєстровано, розглядається");
        assertThat(chromium.driver.findElement(By.id("clarification-reply-text")).getText()).contains("будинки № 3, 5 і 7");
        assertThat(chromium.driver.findElement(By.id("appeal-pause")).getText()).doesNotContain("чекаємо");
        assertThat(chromium.driver.findElements(By.id("clarification-reply:reply"))).as("replied once").isEmpty();
        chromium.assertNoSeriousViolations("the resumed appeal");
    }

    @Test
    void theSecretariatRefusesARequestAndTheResidentComplainsAboutTheRefusal() throws Exception {
        String applicant = NationalIdentifiers.random();
        long person = TestDatabase.personWithRole(applicant, "Ігор Запитувач", community, "RESIDENT");
        long request = TestDatabase.appeal(community, person, "Копія договору на вивезення сміття");
        TestDatabase.execute("update appeal set kind = 'INFORMATION_REQUEST', answer_form = 'ELECTRONIC' where id = ?", request);
        String ground = "п. 1 ч. 1 ст. 22 — розпорядник не володіє запитуваною інформацією";
        TestDatabase.execute("insert into appeal_refusal_ground (community_id, wording, created_at) values (?, ?, now(6))", community,
                ground);
        signInAt("/" + SLUG + "/admin/appeals/" + request, secretary, "Софія Секретарка");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refuse:ground")));
        new Select(chromium.driver.findElement(By.id("refuse:ground"))).selectByVisibleText(ground);
        chromium.driver.findElement(By.id("refuse:explanation")).sendKeys("Договір укладало комунальне підприємство, запитайте в нього.");
        chromium.driver.findElement(By.id("refuse:refuse-button")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Відмову надіслано заявникові."));
        assertThat(chromium.driver.findElement(By.id("refusal-ground")).getText()).isEqualTo(ground);
        chromium.assertNoSeriousViolations("the refused request in the console");
        signOut();

        signInAt("/" + SLUG + "/appeals/" + request, applicant, "Ігор Запитувач");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
        assertThat(chromium.driver.findElement(By.id("appeal-status")).getText()).isEqualTo("Відмовлено");
        assertThat(chromium.driver.findElement(By.id("refusal")).getText()).contains(ground, "комунальне підприємство");
        String number = chromium.driver.findElement(By.id("appeal-number")).getText();
        chromium.assertNoSeriousViolations("the refusal on the applicant's page");
        chromium.driver.findElement(By.id("complain-link")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("previous-appeal")));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/appeals/new?previous=" + request);
        assertThat(new Select(chromium.driver.findElement(By.id("appeal:kind"))).getFirstSelectedOption().getText()).isEqualTo("Скарга");
        assertThat(chromium.driver.findElement(By.id("appeal:subject")).getAttribute("value")).isEqualTo("Скарга на відмову за запитом № "
                + number);
        chromium.assertNoSeriousViolations("the complaint form about the refusal");
        chromium.driver.findElement(By.id("appeal:text")).sendKeys("Рада є засновником підприємства і має копію договору.");
        chromium.driver.findElement(By.id("appeal:file")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-previous")));
        assertThat(chromium.driver.findElement(By.id("appeal-previous")).getText()).contains(number);
        chromium.assertNoSeriousViolations("the complaint referring to the refused request");
        chromium.driver.findElement(By.cssSelector("#appeal-previous a")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-referring")));
        assertThat(chromium.driver.findElement(By.id("appeal-status")).getText()).isEqualTo("Відмовлено");
    }
}
