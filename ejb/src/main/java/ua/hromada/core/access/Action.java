package ua.hromada.core.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every administrative action of core with the community roles that may take it. Platform
 * administrators and the system may take any; everyone else is refused unless listed here.
 */
public enum Action {
    COMMUNITY_CREATE(Role.NATIONAL_MODERATOR),
    COMMUNITY_EDIT(Role.NATIONAL_MODERATOR),
    ANNOUNCEMENT_PUBLISH(Role.LOCAL_MODERATOR),
    ANNOUNCEMENT_WITHDRAW(Role.LOCAL_MODERATOR),
    CALENDAR_DAY_OFF_EDIT(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR),
    /** A community's own settings: enabled tools, sign-in strength per tool, time zone. */
    COMMUNITY_SETTINGS_EDIT(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR),
    PUBLIC_HOLIDAY_EDIT(),
    /** Which role may be granted is decided by {@code GrantRules}; this only admits the granters. */
    ROLE_GRANT(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR),
    /**
     * Seeing a community's API tokens and revoking another person's (a leaked one, a runaway bot),
     * for tokens bound to that community; owners revoke their own.
     */
    API_TOKEN_REVOKE(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR),
    /** Reading a community's console (its announcements, role grants, audit). */
    CONSOLE_VIEW(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR),
    /** Reading the platform console's cross-community views (audit everywhere, national moderators). */
    PLATFORM_CONSOLE_VIEW(Role.NATIONAL_MODERATOR);

    private final Set<Role> roles;

    Action(Role... roles) {
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    /** Whether someone holding {@code held} may take this action. */
    public boolean allowedFor(Set<Role> held) {
        return held.contains(Role.SYSTEM) || held.contains(Role.PLATFORM_ADMIN)
                || held.stream().anyMatch(roles::contains);
    }
}
