package ua.hromada.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import ua.hromada.core.ForbiddenException;

/** The single check every bean method makes before an administrative action. Deny by default. */
@ApplicationScoped
public class Permissions {

    public boolean allows(Action action, Long communityId) {
        return action.allowedFor(Acting.current().rolesIn(communityId));
    }

    /** Refuses with 403 unless the current actor may take {@code action} in the community. */
    public void require(Action action, Long communityId) {
        if (!allows(action, communityId)) {
            throw new ForbiddenException("access.forbidden", action.name(), communityId);
        }
    }
}
