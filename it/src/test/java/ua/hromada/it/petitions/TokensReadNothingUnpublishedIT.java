package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.it.support.CabinetClient.assertProblem;
import static ua.hromada.it.support.CabinetClient.bearer;

import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * An API token never reads what is not public: a moderator's token or the author's own token asks
 * for a submission and gets 404, while the same people see it in their browser session.
 */
class TokensReadNothingUnpublishedIT {
    private static final String SLUG = "tokens-unpublished";
    private static final String API = "/api/v1/communities/" + SLUG + "/petitions/";

    private static String identifier() {
        return NationalIdentifiers.random();
    }

    @Test
    void aSubmissionIsInvisibleToEveryToken() throws Exception {
        long community = TestDatabase.communityWith(SLUG, "Громада токенів", "Tokens Community", "petitions");
        String moderator = identifier();
        String author = identifier();
        TestDatabase.personWithRole(moderator, "Модератор Токенів", community, "LOCAL_MODERATOR");
        long authorId = TestDatabase.personWithRole(author, "Авторка Токенів", community, "RESIDENT");
        long submitted = TestDatabase.submittedPetition(community, authorId, "Подана, ще не оприлюднена");

        for (String[] who : new String[][] {{moderator, "Модератор Токенів"}, {author, "Авторка Токенів"}}) {
            CabinetClient session = new CabinetClient(who[0], who[1]);
            assertThat(session.get("/" + SLUG + "/petitions/" + submitted).statusCode()).as(who[1] + " in the browser").isEqualTo(200);
            String token = session.issueToken(SLUG, "Бот " + who[1], "SIGN");
            assertProblem(bearer("GET", API + submitted, token), 404, "petition.not-found");
        }
    }
}
