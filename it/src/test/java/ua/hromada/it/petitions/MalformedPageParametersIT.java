package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * A page parameter that does not convert (a cursor or id that is no number, an unknown status,
 * category or sort) is a localised 400 page, never a 500, and so is a link carrying a view state
 * (a replayed form); good values still work.
 */
class MalformedPageParametersIT {
    private static final String SLUG = "malformed-parameters";
    private static long petition;

    @BeforeAll
    static void communityWithAPetition() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада параметрів", "Parameters Community", "petitions");
        long author = TestDatabase.personWithRole(NationalIdentifiers.random(),
                "Авторка Параметрів", community, "RESIDENT");
        petition = TestDatabase.collectingPetition(community, author, "Петиція для перевірки адрес");
    }

    @Test
    void badValuesGiveALocalised400() {
        String[] bad = {
            "/" + SLUG + "/petitions/" + petition + "?after=zz",
            "/" + SLUG + "/p/" + petition + "?after=%00",
            "/" + SLUG + "/petitions?status=LOUDEST",
            "/" + SLUG + "/petitions?category=%3Cscript%3Ealert(1)%3C/script%3E",
            "/" + SLUG + "/petitions?sort=loudest",
            "/" + SLUG + "/?cursor=zz",
            "/?cursor=zz",
            "/" + SLUG + "/petitions?cursor=zz",
            "/" + SLUG + "/petitions?jakarta.faces.ViewState=stolen",
            "/" + SLUG + "/petitions?q=" + "lamp".repeat(51)};
        for (String path : bad) {
            HttpResponse<String> page = Http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).contains("Неправильна адреса").doesNotContain("Exception", "<script>alert(1)");
        }
        assertThat(Http.get("/" + SLUG + "/petitions/" + petition + "?after=zz&lang=en").body()).contains("Bad address");
        CabinetClient.assertProblem(Http.get("/api/v1/communities/" + SLUG + "/petitions?q=" + "x".repeat(201)), 400, "param.q.too-long");
    }

    @Test
    void goodValuesStillWork() {
        assertThat(Http.get("/" + SLUG + "/petitions/" + petition).statusCode()).isEqualTo(200);
        assertThat(Http.get("/" + SLUG + "/petitions?status=COLLECTING&sort=NEWEST").statusCode()).isEqualTo(200);
        assertThat(Http.get("/" + SLUG + "/petitions?q=%27%3B%20drop%20table%20petition%3B--").statusCode()).isEqualTo(200);
    }
}
