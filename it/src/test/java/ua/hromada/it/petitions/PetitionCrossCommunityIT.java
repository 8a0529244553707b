package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.it.support.CabinetClient.assertProblem;
import static ua.hromada.it.support.CabinetClient.bearer;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Over HTTP, a moderator of community A, signed in, and a token issued for A neither read nor
 * change community B's petitions: B's console is 403, B's petitions under A's address are 404,
 * and A's token signs nothing of B's.
 */
class PetitionCrossCommunityIT {
    private static final String A = "petition-cross-a";
    private static final String B = "petition-cross-b";
    private static final String API = "/api/v1/communities/";
    private static final String QUEUED_IN_A = "Лавки у сквері громади А";
    private static final String QUEUED_IN_B = "Чужа петиція на модерації";
    private static final String COLLECTING_IN_B = "Чужа петиція що збирає підписи";
    private static final String MODERATOR = "Модератор Громади А";
    private static String moderatorOfA;
    private static long collectingInA;
    private static long queuedInB;
    private static long collectingInB;

    private static String identifier() {
        return NationalIdentifiers.random();
    }

    @BeforeAll
    static void twoCommunitiesWithPetitions() throws Exception {
        long communityA = TestDatabase.community(A, "Громада А", "Community A");
        long communityB = TestDatabase.community(B, "Громада Б", "Community B");
        TestDatabase.execute("insert ignore into community_tool (community_id, tool) values (?, 'petitions'), (?, 'petitions')",
                communityA, communityB);
        moderatorOfA = identifier();
        TestDatabase.personWithRole(moderatorOfA, MODERATOR, communityA, "LOCAL_MODERATOR");
        long authorA = TestDatabase.personWithRole(identifier(), "Авторка з громади А", communityA, "RESIDENT");
        long authorB = TestDatabase.personWithRole(identifier(), "Автор з громади Б", communityB, "RESIDENT");
        TestDatabase.submittedPetition(communityA, authorA, QUEUED_IN_A);
        collectingInA = TestDatabase.collectingPetition(communityA, authorA, "Лавки на зупинках громади А");
        queuedInB = TestDatabase.submittedPetition(communityB, authorB, QUEUED_IN_B);
        collectingInB = TestDatabase.collectingPetition(communityB, authorB, COLLECTING_IN_B);
        TestDatabase.signature(collectingInB, communityB, authorB);
    }

    @Test
    void moderatorOfAIsRefusedBsConsoleAndFindsNoPetitionOfBUnderA() {
        CabinetClient moderator = new CabinetClient(moderatorOfA, MODERATOR);
        HttpResponse<String> own = moderator.get("/" + A + "/admin/petitions");
        assertThat(own.statusCode()).as("A's console").isEqualTo(200);
        assertThat(own.body()).contains(QUEUED_IN_A).doesNotContain(QUEUED_IN_B);
        HttpResponse<String> foreign = moderator.get("/" + B + "/admin/petitions");
        assertThat(foreign.statusCode()).as("B's console").isEqualTo(403);
        assertThat(foreign.body()).doesNotContain(QUEUED_IN_B);

        HttpResponse<String> inB = moderator.get("/" + B + "/petitions/" + collectingInB);
        assertThat(inB.statusCode()).as("B's public petition in B").isEqualTo(200);
        assertThat(inB.body()).contains(COLLECTING_IN_B);
        assertThat(moderator.get("/" + B + "/petitions/" + queuedInB).statusCode())
                .as("B's submission is not shown to a moderator of A, even in B").isEqualTo(404);
        for (long id : new long[] {collectingInB, queuedInB}) {
            HttpResponse<String> underA = moderator.get("/" + A + "/petitions/" + id);
            assertThat(underA.statusCode()).as("B's petition %d under A", id).isEqualTo(404);
            assertThat(underA.body()).doesNotContain(COLLECTING_IN_B, QUEUED_IN_B);
        }
    }

    @Test
    void theApiOfAShowsNothingOfBAndATokenOfASignsNothingOfB() throws Exception {
        assertThat(Http.get(API + B + "/petitions/" + collectingInB, "en").statusCode()).as("in B").isEqualTo(200);
        assertProblem(Http.get(API + A + "/petitions/" + collectingInB, "en"), 404, "petition.not-found");

        String token = new CabinetClient(moderatorOfA, MODERATOR).issueToken(A, "Термінал громади А", "SIGN");
        assertProblem(bearer("GET", API + A + "/petitions/" + collectingInB, token), 404, "petition.not-found");
        assertProblem(bearer("POST", API + B + "/petitions/" + collectingInB + "/signatures", token), 403, "token.community.other");
        assertProblem(bearer("POST", API + A + "/petitions/" + collectingInB + "/signatures", token), 404, "petition.not-found");
        assertThat(TestDatabase.count("select count(*) from signature where petition_id = ?", collectingInB))
                .as("B's petition keeps its author's signature only").isEqualTo(1);
        assertThat(bearer("POST", API + A + "/petitions/" + collectingInA + "/signatures", token).statusCode())
                .as("the same token signs in its own community").isEqualTo(201);
    }
}
