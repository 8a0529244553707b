package ua.hromada.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.identity.SignInStrength;

/** The voting table row by row: organisers only organise; casting is for verified residents, strong sign-in, never a token, never declared. */
class VotePermissionsTest {
    private static final long C = 5L;

    private static Actor person(SignInStrength strength, Role... roles) {
        return new Actor("p", Set.of(), Map.of(C, Set.of(roles)), 1L, strength);
    }

    private static boolean casts(Actor actor) {
        return VotePermissions.TABLE.refusal(VoteAction.CAST, actor, VotePermissions.ballotOf(C)).isEmpty();
    }

    private static boolean organises(Actor actor) {
        return VotePermissions.TABLE.refusal(VoteAction.ORGANISE, actor, ua.hromada.core.access.Subject.community(C)).isEmpty();
    }

    @Test
    void castingIsForVerifiedResidentsSignedInStronglyOnly() {
        assertThat(casts(person(SignInStrength.STRONG, Role.RESIDENT))).isTrue();
        assertThat(casts(person(SignInStrength.BASIC, Role.RESIDENT))).isFalse();
        assertThat(casts(person(SignInStrength.STRONG, Role.DECLARED_RESIDENT))).isFalse();
        assertThat(casts(person(SignInStrength.STRONG, Role.LOCAL_MODERATOR, Role.VOTE_ORGANISER))).isFalse();
        assertThat(casts(new Actor("p", Set.of(), Map.of(C + 1, Set.of(Role.RESIDENT)), 1L, SignInStrength.STRONG))).isFalse();
        assertThat(casts(Actor.ANONYMOUS)).isFalse();
        for (TokenScope scope : TokenScope.values()) {
            assertThat(casts(person(SignInStrength.STRONG, Role.RESIDENT).through(new TokenAccess(3L, C, scope)))).as("token " + scope).isFalse();
        }
        assertThat(VotePermissions.TABLE.refusal(VoteAction.CAST, person(SignInStrength.BASIC, Role.RESIDENT), VotePermissions.ballotOf(C)))
                .contains("voting.strong-sign-in-required");
        assertThat(VotePermissions.TABLE.refusal(VoteAction.CAST, person(SignInStrength.STRONG, Role.DECLARED_RESIDENT),
                VotePermissions.ballotOf(C))).contains("voting.residents-only");
    }

    @Test
    void organisingIsForVoteOrganisersSignedInStronglyInABrowser() {
        assertThat(organises(person(SignInStrength.STRONG, Role.VOTE_ORGANISER))).isTrue();
        assertThat(organises(person(SignInStrength.BASIC, Role.VOTE_ORGANISER))).isFalse();
        assertThat(organises(person(SignInStrength.STRONG, Role.LOCAL_MODERATOR))).isFalse();
        assertThat(organises(person(SignInStrength.STRONG, Role.RESIDENT))).isFalse();
        assertThat(organises(person(SignInStrength.STRONG, Role.VOTE_ORGANISER).through(new TokenAccess(3L, C, TokenScope.SIGN)))).isFalse();
        assertThat(organises(new Actor("a", Set.of(Role.PLATFORM_ADMIN), Map.of(), 2L, SignInStrength.STRONG))).isTrue();
    }

    @Test
    void theSettingsAreForOrganisersAndModerators() {
        for (Role role : new Role[] {Role.VOTE_ORGANISER, Role.LOCAL_MODERATOR}) {
            assertThat(VotePermissions.TABLE.refusal(VoteAction.CONFIGURE, person(SignInStrength.STRONG, role),
                    ua.hromada.core.access.Subject.community(C))).as(role.name()).isEmpty();
        }
        assertThat(VotePermissions.TABLE.refusal(VoteAction.CONFIGURE, person(SignInStrength.STRONG, Role.RESIDENT),
                ua.hromada.core.access.Subject.community(C))).contains("access.forbidden");
    }
}
