package ua.hromada.core.identity;

import java.util.EnumSet;
import java.util.Set;
import ua.hromada.core.access.Role;

/**
 * Who may grant which role: national moderators grant local moderators (and nothing platform-wide);
 * local moderators grant the other roles of their community; nobody grants a role equal to or
 * above their own, except the platform administrator, who may grant any.
 */
public final class GrantRules {
    private static final Set<Role> COMMUNITY_STAFF = EnumSet.of(Role.SCHOOL_MODERATOR, Role.DEPARTMENT_EXECUTOR,
            Role.DEPUTY, Role.SECRETARIAT_OFFICER, Role.VOTE_ORGANISER);

    private GrantRules() {
    }

    /** Whether someone holding {@code held} (in the community concerned) may grant {@code role}. */
    public static boolean mayGrant(Set<Role> held, Role role) {
        if (held.contains(Role.PLATFORM_ADMIN) || held.contains(Role.SYSTEM)) {
            return role != Role.SYSTEM && role != Role.DECLARED_RESIDENT;
        }
        if (role == Role.LOCAL_MODERATOR) {
            return held.contains(Role.NATIONAL_MODERATOR);
        }
        if (COMMUNITY_STAFF.contains(role)) {
            return held.contains(Role.LOCAL_MODERATOR) || held.contains(Role.NATIONAL_MODERATOR);
        }
        return false;
    }

    /** Platform roles are granted without a community, community roles always with one. */
    public static boolean isPlatformRole(Role role) {
        return role == Role.NATIONAL_MODERATOR || role == Role.PLATFORM_ADMIN;
    }
}
