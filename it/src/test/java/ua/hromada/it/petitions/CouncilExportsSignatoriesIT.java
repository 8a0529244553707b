package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Browserless;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/** The council verifies a petition's signatories as CSV and PDF; nobody else downloads them. */
class CouncilExportsSignatoriesIT {
    private final String base = ItSettings.baseUrl();

    private static String identifier() {
        return NationalIdentifiers.random();
    }

    @Test
    void secretariatDownloadsTheListResidentsAndVisitorsCannot() throws Exception {
        String slug = "council-export";
        long community = TestDatabase.communityWith(slug, "Громада перевірки", "Verification Community", "petitions");
        String secretary = identifier();
        String resident = identifier();
        TestDatabase.personWithRole(secretary, "Секретар Ради", community, "SECRETARIAT_OFFICER");
        long author = TestDatabase.personWithRole(resident, "Авторка Петиції", community, "RESIDENT");
        long petition = TestDatabase.collectingPetition(community, author, "Парк замість парковки");
        TestDatabase.signature(petition, community, author);
        // an e-mail + phone sign-in names itself freely: a formula must stay text in a spreadsheet
        long hostile = TestDatabase.personWithRole(identifier(), "=HYPERLINK(\"http://evil.example\",\"Олена\")", community, "RESIDENT");
        TestDatabase.signature(petition, community, hostile);
        String path = base + "/" + slug + "/petitions/" + petition + "/signatories";

        assertThat(new Browserless().get(path + ".csv").statusCode()).as("anonymous").isEqualTo(401);
        Browserless residentSession = new Browserless();
        residentSession.signIn("/" + slug + "/", "r-" + resident, resident, "Авторка Петиції");
        assertThat(residentSession.get(path + ".pdf").statusCode()).as("a resident").isEqualTo(403);

        Browserless council = new Browserless();
        council.signIn("/" + slug + "/", "s-" + secretary, secretary, "Секретар Ради");
        HttpResponse<String> csv = council.get(path + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\ufeffnumber,full_name,signed_at,sign_in,residency\r\n").contains("1,Авторка Петиції,")
                .contains("2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Олена\"\")\",").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        HttpResponse<String> pdf = council.get(path + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.body().getBytes(StandardCharsets.ISO_8859_1).length).isGreaterThan(1000);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'petition.signatories.download'"
                + " and object_id = ?", String.valueOf(petition))).as("both downloads of personal data audited").isEqualTo(2);
    }
}
