package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * The community console's API tokens over HTTP: a local moderator finds a resident's token on
 * {@code /{community}/admin/tokens} and revokes it with a reason, after which the bearer call is
 * 401; a moderator of another community and a resident get 403, an anonymous visitor signs in first.
 */
class TokenConsoleIT {
    private static final String HOME = "console-tokens";
    private static final String AWAY = "console-tokens-away";
    private static final String PAGE = "/" + HOME + "/admin/tokens";
    private static long home;
    private static long away;

    @BeforeAll
    static void communities() throws Exception {
        home = TestDatabase.community(HOME, "Громада консолі токенів", "Token Console Community");
        away = TestDatabase.community(AWAY, "Громада поруч", "Neighbouring Community");
    }

    /** A person stored with the role in the community, then signed in through the provider. */
    private static CabinetClient official(String name, long community) throws Exception {
        String identifier = NationalIdentifiers.random();
        TestDatabase.personWithRole(identifier, name, community, "LOCAL_MODERATOR");
        return new CabinetClient(identifier, name);
    }

    @Test
    void aModeratorRevokesAResidentsTokenWithAReasonOthersAreRefused() throws Exception {
        CabinetClient resident = new CabinetClient("Роман Ботовласник");
        String secret = resident.issueToken(HOME, "Бот-підписант", "SIGN");
        assertThat(CabinetClient.bearer("GET", "/api/v1/me", secret).statusCode()).isEqualTo(200);

        assertThat(official("Петро Сусідній", away).get(PAGE).statusCode()).as("a moderator of another community").isEqualTo(403);
        assertThat(resident.get(PAGE).statusCode()).as("a resident").isEqualTo(403);
        HttpResponse<String> anonymous = Http.get(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/signin?return=");

        CabinetClient moderator = official("Марта Модераторка", home);
        HttpResponse<String> page = moderator.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Бот-підписант", "Роман Ботовласник", "Підписувати петиції", "діє")
                .doesNotContain(secret.substring(4), "token_hash");
        assertThat(moderator.get("/" + AWAY + "/admin/tokens").statusCode()).isEqualTo(403);
        assertThat(moderator.get(PAGE + "?owner=%D0%B1%D0%BE%D1%82%D0%BE%D0%B2%D0%BB").body()).as("owner name contains «ботовл»")
                .contains("Бот-підписант");
        assertThat(moderator.get(PAGE + "?owner=Nobody").body()).contains("Токенів не знайдено").doesNotContain("Бот-підписант");

        HttpResponse<String> noReason = moderator.submit(PAGE, page, "tokens", "tokens:list:0:revoke", Map.of("tokens:list:0:reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Вкажіть причину відкликання");
        assertThat(CabinetClient.bearer("GET", "/api/v1/me", secret).statusCode()).as("nothing revoked").isEqualTo(200);

        HttpResponse<String> revoked = moderator.submit(PAGE, noReason, "tokens", "tokens:list:0:revoke",
                Map.of("tokens:list:0:reason", "Бот масово підписує петиції"));
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("Токен відкликано, власника повідомлено", "відкликано", "Бот масово підписує петиції");
        assertThat(CabinetClient.bearer("GET", "/api/v1/me", secret).statusCode()).as("the bearer call after revoking").isEqualTo(401);

        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'token.revoke' and actor = ?"
                + " and community_id = ? and summary like ?", "person:" + moderator.personId(), home,
                "%reason: Бот масово підписує петиції")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from notice where person_id = ? and subject like ?",
                resident.personId(), "%Бот-підписант%")).as("the owner is told").isEqualTo(1);
        assertThat(resident.get("/cabinet/tokens.xhtml").body()).as("the owner reads why")
                .contains("Причина відкликання", "Бот масово підписує петиції");
    }
}
