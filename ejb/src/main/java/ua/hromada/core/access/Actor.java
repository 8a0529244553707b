package ua.hromada.core.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import ua.hromada.core.identity.SignInStrength;

/**
 * Someone acting on the platform: a name for the audit trail, platform-wide roles, roles per
 * community id, the person behind it (null for anonymous visitors and the system), how that
 * person signed in (null when nobody did) and, when a program acts for them with a personal API
 * token, that token's community and scope (null for sign-in sessions and the system).
 */
public record Actor(String name, Set<Role> platformRoles, Map<Long, Set<Role>> communityRoles, Long personId,
        SignInStrength strength, TokenAccess token) {
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of(), Map.of(), null, null);

    /** A person of a sign-in session (or nobody): no token involved. */
    public Actor(String name, Set<Role> platformRoles, Map<Long, Set<Role>> communityRoles, Long personId,
            SignInStrength strength) {
        this(name, platformRoles, communityRoles, personId, strength, null);
    }

    /** A person signed in strongly (tests, the demo loader). */
    public Actor(String name, Set<Role> platformRoles, Map<Long, Set<Role>> communityRoles, Long personId) {
        this(name, platformRoles, communityRoles, personId, personId == null ? null : SignInStrength.STRONG);
    }

    /** A person (as {@code People.actorOf} names them) acting through a personal API token, with their roles in its community. */
    public static Actor throughToken(long personId, Set<Role> rolesThere, TokenAccess access) {
        return new Actor(personName(personId), Set.of(), Map.of(access.communityId(), Set.copyOf(rolesThere)), personId)
                .through(access);
    }

    /** How the audit trail names a person acting. */
    public static String personName(long personId) {
        return "person:" + personId;
    }

    /**
     * The installation's operator acting outside the web (a command run on the server), named for
     * the audit trail with the way they came in: no person behind it, every power like the system.
     */
    public static Actor operator(String via) {
        return new Actor("operator:" + via, Set.of(Role.SYSTEM), Map.of(), null, null);
    }

    public static Actor system(String job) {
        return new Actor("system:" + job, Set.of(Role.SYSTEM), Map.of(), null, null);
    }

    public boolean isSignedIn() {
        return personId != null;
    }

    /**
     * The same person acting through a personal API token: strongly identified (the token was
     * issued after a strong sign-in), holding only their roles in the token's community and none
     * of their platform roles.
     */
    public Actor through(TokenAccess access) {
        Set<Role> there = communityRoles.getOrDefault(access.communityId(), Set.of());
        return new Actor(name, Set.of(), there.isEmpty() ? Map.of() : Map.of(access.communityId(), there), personId,
                SignInStrength.STRONG, access);
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
