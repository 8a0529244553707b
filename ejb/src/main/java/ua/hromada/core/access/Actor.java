package ua.hromada.core.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Someone acting on the platform: a name for the audit trail, platform-wide roles, roles per
 * community id, and the person behind it (null for anonymous visitors and the system).
 */
public record Actor(String name, Set<Role> platformRoles, Map<Long, Set<Role>> communityRoles, Long personId) {
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of(), Map.of(), null);

    public static Actor system(String job) {
        return new Actor("system:" + job, Set.of(Role.SYSTEM), Map.of(), null);
    }

    public boolean isSignedIn() {
        return personId != null;
    }

    /** Roles that count in one community: its own grants plus the platform roles. */
    public Set<Role> rolesIn(Long communityId) {
        Set<Role> own = communityId == null ? Set.of() : communityRoles.getOrDefault(communityId, Set.of());
        if (own.isEmpty()) {
            return platformRoles;
        }
        EnumSet<Role> all = EnumSet.copyOf(own);
        all.addAll(platformRoles);
        return all;
    }
}
