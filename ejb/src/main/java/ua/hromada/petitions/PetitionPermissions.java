package ua.hromada.petitions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.identity.SignInStrength;

/**
 * The petitions permission table: (action, community rules) → allowed, or the reason it is not.
 * Deny by default; every bean method of the tool asks here.
 */
@ApplicationScoped
public class PetitionPermissions {

    /**
     * Why {@code actor} may not take {@code action} in a community, as a message key, or empty when
     * they may. {@code eligibility} and {@code strength} are the rules that apply (the community's
     * for creating, the petition's own for signing).
     */
    static Optional<String> refusal(PetitionAction action, Actor actor, long communityId, Eligibility eligibility,
            SignInStrength strength) {
        Set<Role> roles = actor.rolesIn(communityId);
        if (roles.contains(Role.SYSTEM) || roles.contains(Role.PLATFORM_ADMIN)) {
            return Optional.empty();
        }
        if (!actor.isSignedIn()) {
            return Optional.of("petition.sign-in-required");
        }
        if (action.isOfficial()) {
            return roles.stream().anyMatch(action.roles()::contains) ? Optional.empty() : Optional.of("access.forbidden");
        }
        if (action == PetitionAction.REPORT) {
            return Optional.empty();
        }
        if (eligibility == Eligibility.RESIDENTS && !roles.contains(Role.RESIDENT)) {
            return Optional.of("petition.residents-only");
        }
        if (actor.strength() == null || !actor.strength().satisfies(strength)) {
            return Optional.of("petition.strong-sign-in-required");
        }
        return Optional.empty();
    }

    /** Pages: why the current actor may not take the action (a message key), to say so before they try. */
    public Optional<String> refusalFor(PetitionAction action, long communityId, Eligibility eligibility, SignInStrength strength) {
        return refusal(action, Acting.current(), communityId, eligibility, strength);
    }

    public boolean allows(PetitionAction action, long communityId, Eligibility eligibility, SignInStrength strength) {
        return refusal(action, Acting.current(), communityId, eligibility, strength).isEmpty();
    }

    /** Refuses with 401 when nobody is signed in, 403 with the reason otherwise. */
    public void require(PetitionAction action, long communityId, Eligibility eligibility, SignInStrength strength) {
        Optional<String> refusal = refusal(action, Acting.current(), communityId, eligibility, strength);
        if (refusal.isPresent()) {
            throw "petition.sign-in-required".equals(refusal.get()) ? new SignInException(refusal.get())
                    : new ForbiddenException(refusal.get(), action.name(), communityId);
        }
    }

    /** For the official actions, whose rule is the role alone. */
    public void require(PetitionAction action, long communityId) {
        require(action, communityId, Eligibility.SIGNED_IN, SignInStrength.BASIC);
    }
}
