package ua.hromada.it.consultations;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import ua.hromada.it.support.BrowserJourney;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/** What the consultations' browser journeys share: their community and people, and a new draft in the console. */
abstract class ConsultationJourney extends BrowserJourney {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /**
     * A community with consultations on and its people (roles and names by index); returns their
     * national identifiers, random so a run never meets an earlier one's.
     */
    static String[] communityWithPeople(String slug, String nameUk, String[] roles, String[] names) throws Exception {
        long community = TestDatabase.community(slug, nameUk, "Community " + slug);
        TestDatabase.execute("insert into community_tool (community_id, tool) values (?, 'consultations')", community);
        String[] ids = new String[roles.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = NationalIdentifiers.random();
            TestDatabase.personWithRole(ids[i], names[i], community, roles[i]);
        }
        return ids;
    }

    /**
     * On the console's new-consultation form: fills it as a draft of this kind (its label), open
     * from an hour ago for fourteen days, and saves it.
     */
    static void saveDraft(String kind, String title, String description, String category) {
        new Select(chromium.driver.findElement(By.id("consultation:kind"))).selectByVisibleText(kind);
        chromium.driver.findElement(By.id("consultation:title")).sendKeys(title);
        chromium.driver.findElement(By.id("consultation:description")).sendKeys(description);
        new Select(chromium.driver.findElement(By.id("consultation:category"))).selectByVisibleText(category);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Kyiv"));
        setValue("consultation:startsAt", now.minusHours(1).format(LOCAL));
        setValue("consultation:endsAt", now.plusDays(14).format(LOCAL));
        chromium.driver.findElement(By.id("consultation:save")).click();
        chromium.wait.until(d -> d.getPageSource().contains("Чернетку обговорення створено"));
    }

    /** A field's value set as a date picker or a paste would (no typing per character). */
    static void setValue(String id, String value) {
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].value = arguments[1];",
                chromium.driver.findElement(By.id(id)), value);
    }
}
