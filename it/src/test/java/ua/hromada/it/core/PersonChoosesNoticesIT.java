package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.TestDatabase;

/** The cabinet's switch for optional notices: saved, said so, and the cabinet still shows the person. */
class PersonChoosesNoticesIT {

    @Test
    void switchingOptionalNoticesOffIsSavedAndThePageKeepsThePerson() throws Exception {
        CabinetClient person = new CabinetClient("Ніна Неквапна");
        HttpResponse<String> cabinet = person.get("/cabinet/");
        assertThat(cabinet.body()).contains("Ніна Неквапна", "id=\"notice-choice:optional\"");

        // the box left unticked: optional notices off
        HttpResponse<String> saved = person.submit("/cabinet/", cabinet, "notice-choice", "notice-choice:save", Map.of());

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Вибір сповіщень збережено", "Ніна Неквапна");
        assertThat(TestDatabase.count("select count(*) from person where full_name = ? and optional_notices = false",
                "Ніна Неквапна")).isEqualTo(1);
    }
}
