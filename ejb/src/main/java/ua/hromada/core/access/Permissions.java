package ua.hromada.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.identity.SignInStrength;

/** The single check every bean method makes before an administrative action. Deny by default. */
@ApplicationScoped
public class Permissions {

    /**
     * Administrative actions are never taken through an API token (no scope grants them) and need
     * a strong sign-in in the session: a phone linked to an official signs in at BASIC and gets
     * none of their powers. The system (timers, the demo loader) signs in not at all.
     */
    public boolean allows(Action action, Long communityId) {
        Actor actor = Acting.current();
        boolean strong = actor.strength() == SignInStrength.STRONG || actor.platformRoles().contains(Role.SYSTEM);
        return actor.token() == null && strong && action.allowedFor(actor.rolesIn(communityId));
    }

    /** Refuses with 403 unless the current actor may take {@code action} in the community. */
    public void require(Action action, Long communityId) {
        if (!allows(action, communityId)) {
            throw new ForbiddenException("access.forbidden", action.name(), communityId);
        }
    }

    /**
     * For bean methods that act for a person: a request through an API token needs a token of
     * {@code scope} bound to {@code communityId} (null: any community); sign-in sessions and the
     * system pass (their other checks still apply).
     */
    public void requireScope(TokenScope scope, Long communityId) {
        TokenAccess token = Acting.current().token();
        if (token != null && (token.scope() != scope || communityId != null && token.communityId() != communityId)) {
            throw new ForbiddenException("token.scope.insufficient", scope.name());
        }
    }
}
