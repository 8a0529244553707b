package ua.hromada.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.SignInStrength;

/** The petitions permission table, row by row. */
class PetitionPermissionsTest {
    private static final long C = 7L;

    private static Actor person(SignInStrength strength, Role... roles) {
        return new Actor("p", Set.of(), Map.of(C, roles.length == 0 ? Set.of() : Set.of(roles)), 1L, strength);
    }

    private static Optional<String> sign(Actor actor, Eligibility who, SignInStrength required) {
        return PetitionPermissions.refusal(PetitionAction.SIGN, actor, C, who, required);
    }

    @Test
    void signingFollowsResidencyAndSignInStrength() {
        assertEquals(Optional.of("petition.sign-in-required"), sign(Actor.ANONYMOUS, Eligibility.SIGNED_IN, SignInStrength.BASIC));
        assertEquals(Optional.empty(), sign(person(SignInStrength.STRONG, Role.RESIDENT), Eligibility.RESIDENTS, SignInStrength.STRONG));
        assertEquals(Optional.of("petition.residents-only"), sign(person(SignInStrength.STRONG), Eligibility.RESIDENTS, SignInStrength.STRONG));
        assertEquals(Optional.empty(), sign(person(SignInStrength.STRONG), Eligibility.SIGNED_IN, SignInStrength.STRONG));
        assertEquals(Optional.of("petition.strong-sign-in-required"),
                sign(person(SignInStrength.BASIC, Role.RESIDENT), Eligibility.RESIDENTS, SignInStrength.STRONG));
        assertEquals(Optional.empty(), sign(person(SignInStrength.BASIC, Role.RESIDENT), Eligibility.RESIDENTS, SignInStrength.BASIC));
    }

    @Test
    void officialActionsNeedTheirRolesInThisCommunity() {
        Actor moderator = person(SignInStrength.STRONG, Role.LOCAL_MODERATOR);
        Actor secretary = person(SignInStrength.STRONG, Role.SECRETARIAT_OFFICER);
        Actor elsewhere = new Actor("m", Set.of(), Map.of(C + 1, Set.of(Role.LOCAL_MODERATOR)), 2L, SignInStrength.STRONG);
        Actor national = new Actor("n", Set.of(Role.NATIONAL_MODERATOR), Map.of(), 3L, SignInStrength.STRONG);
        assertEquals(Optional.empty(), official(PetitionAction.MODERATE, moderator));
        assertEquals(Optional.empty(), official(PetitionAction.MODERATE, national));
        assertEquals(Optional.of("access.forbidden"), official(PetitionAction.MODERATE, secretary));
        assertEquals(Optional.of("access.forbidden"), official(PetitionAction.MODERATE, elsewhere));
        assertEquals(Optional.empty(), official(PetitionAction.RESPOND, secretary));
        assertEquals(Optional.of("access.forbidden"), official(PetitionAction.RESPOND, national));
        assertEquals(Optional.empty(), official(PetitionAction.EXPORT_SIGNATORIES, person(SignInStrength.STRONG, Role.DEPUTY)));
        assertEquals(Optional.of("access.forbidden"), official(PetitionAction.CONFIGURE, person(SignInStrength.STRONG, Role.RESIDENT)));
        assertEquals(Optional.empty(), official(PetitionAction.CONFIGURE, Actor.system("job")));
    }

    private static Optional<String> official(PetitionAction action, Actor actor) {
        return PetitionPermissions.refusal(action, actor, C, Eligibility.SIGNED_IN, SignInStrength.BASIC);
    }
}
