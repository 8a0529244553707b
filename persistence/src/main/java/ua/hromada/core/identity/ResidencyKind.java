package ua.hromada.core.identity;

import java.util.Set;
import ua.hromada.core.access.Role;

/**
 * Which kind of residency a person's act (a signature, a vote) relied on, recorded with it so the
 * local government and any later check can tell verified residents from declared ones.
 */
public enum ResidencyKind {
    /** Verified from the identity provider's address (or a RESIDENT role the community granted). */
    VERIFIED,
    /** Only declared by the person. */
    DECLARED,
    /** No residency in the community (the act did not need one). */
    NONE;

    /** The kind that the roles a person holds in a community give. */
    public static ResidencyKind of(Set<Role> heldThere) {
        if (heldThere.contains(Role.RESIDENT)) {
            return VERIFIED;
        }
        return heldThere.contains(Role.DECLARED_RESIDENT) ? DECLARED : NONE;
    }
}
