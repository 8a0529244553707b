package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Over HTTP, the console home and the petitions console pages: each official sees the work their
 * roles may do, with what falls due today and what is overdue; pages they may not open are 403
 * (or sign-in for the anonymous), and a petition unknown in the community is 404.
 */
class PetitionConsoleIT {
    private static final String SLUG = "petition-console";
    private static final String MODERATOR = "Модераторка Консолі";
    private static final String SECRETARY = "Секретар Консолі";
    private static final String RESIDENT = "Мешканка Консолі";
    private static String moderator;
    private static String secretary;
    private static String resident;
    private static long foreign;

    private static String identifier() {
        return NationalIdentifiers.random();
    }

    @BeforeAll
    static void communityWithWork() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада консолі петицій", "Petition Console Community", "petitions");
        moderator = identifier();
        secretary = identifier();
        resident = identifier();
        TestDatabase.personWithRole(moderator, MODERATOR, community, "LOCAL_MODERATOR");
        TestDatabase.personWithRole(secretary, SECRETARY, community, "SECRETARIAT_OFFICER");
        long author = TestDatabase.personWithRole(resident, RESIDENT, community, "RESIDENT");
        long overdue = TestDatabase.submittedPetition(community, author, "Прострочена петиція консолі");
        long today = TestDatabase.submittedPetition(community, author, "Петиція консолі на сьогодні");
        TestDatabase.submittedPetition(community, author, "Петиція консолі на потім");
        TestDatabase.execute("update petition set moderation_due_at = now(6) - interval 1 hour where id = ?", overdue);
        // halfway between now and the community's midnight: due today, not yet overdue
        Instant now = Instant.now();
        Instant midnight = LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(1).atStartOfDay(ZoneId.of("Europe/Kyiv")).toInstant();
        TestDatabase.execute("update petition set moderation_due_at = ? where id = ?",
                Timestamp.from(now.plusMillis((midnight.toEpochMilli() - now.toEpochMilli()) / 2)), today);
        long other = TestDatabase.community(SLUG + "-other", "Інша громада консолі", "Other Console Community");
        foreign = TestDatabase.submittedPetition(other, author, "Петиція чужої громади");
    }

    @Test
    void theConsoleHomeShowsEachOfficialTheWorkTheirRolesMayDo() {
        HttpResponse home = new HttpResponse(new CabinetClient(moderator, MODERATOR).get("/" + SLUG + "/admin/"));
        assertThat(home.status).isEqualTo(200);
        assertThat(home.line("Чекають модерації")).contains("<span class=\"count\">3</span>", "строк сьогодні: 1", "прострочено: 1");
        assertThat(home.line("Чекають відповіді")).contains("<span class=\"count\">0</span>");
        assertThat(home.body).contains("Повідомлень від людей за тиждень", "/" + SLUG + "/admin/petitions\"", "Журнал дій");

        HttpResponse secretarys = new HttpResponse(new CabinetClient(secretary, SECRETARY).get("/" + SLUG + "/admin/"));
        assertThat(secretarys.status).isEqualTo(200);
        assertThat(secretarys.body).contains("Чекають відповіді").doesNotContain("Чекають модерації", "Журнал дій", "/admin/settings/petitions");
    }

    @Test
    void pagesOutsideTheirRolesAreRefused() {
        CabinetClient secretaryClient = new CabinetClient(secretary, SECRETARY);
        assertThat(secretaryClient.get("/" + SLUG + "/admin/petitions").statusCode()).as("secretary: moderation queue").isEqualTo(403);
        assertThat(secretaryClient.get("/" + SLUG + "/admin/settings/petitions").statusCode()).as("secretary: settings").isEqualTo(403);
        assertThat(secretaryClient.get("/" + SLUG + "/admin/petitions/responses").statusCode()).as("secretary: responses").isEqualTo(200);

        CabinetClient residentClient = new CabinetClient(resident, RESIDENT);
        for (String page : new String[] {"/admin/", "/admin/petitions", "/admin/petitions/responses", "/admin/petitions/reports"}) {
            assertThat(residentClient.get("/" + SLUG + page).statusCode()).as("resident: %s", page).isEqualTo(403);
        }
        var anonymous = Http.get("/" + SLUG + "/admin/");
        assertThat(anonymous.statusCode()).as("anonymous: sent to sign in").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/signin?return=");

        CabinetClient moderatorClient = new CabinetClient(moderator, MODERATOR);
        assertThat(moderatorClient.get("/" + SLUG + "/admin/petitions/" + foreign).statusCode()).as("another community's").isEqualTo(404);
        assertThat(moderatorClient.get("/" + SLUG + "/admin/petitions/999999999999").statusCode()).as("none such").isEqualTo(404);
        var reports = moderatorClient.get("/" + SLUG + "/admin/petitions/reports");
        assertThat(reports.statusCode()).isEqualTo(200);
        assertThat(reports.body()).as("a console table is a widget").containsPattern(Http.PRIMEFACES_WIDGET_SCRIPT);
        assertThat(moderatorClient.get("/" + SLUG + "/admin/settings/budget").statusCode()).as("an unregistered tool's settings").isEqualTo(404);
        assertThat(moderatorClient.get("/" + SLUG + "/admin/settings/Petitions").statusCode()).as("not a key").isEqualTo(404);
    }

    /** A page's status and body, and the list item of the console home that names a piece of work. */
    private record HttpResponse(int status, String body) {
        HttpResponse(java.net.http.HttpResponse<String> response) {
            this(response.statusCode(), response.body());
        }

        String line(String label) {
            int at = body.indexOf(label);
            assertThat(at).as("the console home names " + label).isPositive();
            return body.substring(body.lastIndexOf("<li", at), body.indexOf("</li>", at));
        }
    }
}
