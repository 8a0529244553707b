package ua.hromada.core.access;

import ua.hromada.core.identity.SignInStrength;

/**
 * What a permission is asked about: the community, the rules that apply to it (residents only,
 * the weakest sign-in accepted) and its owner (the person who wrote it, or null).
 */
public record Subject(long communityId, boolean residentsOnly, SignInStrength signIn, Long ownerId) {
    public Subject {
        signIn = signIn == null ? SignInStrength.BASIC : signIn;
    }

    /** A community-wide matter with no rules of its own: officials' actions, reports. */
    public static Subject community(long communityId) {
        return new Subject(communityId, false, SignInStrength.BASIC, null);
    }

    /** The same subject, owned by {@code personId}. */
    public Subject ownedBy(Long personId) {
        return new Subject(communityId, residentsOnly, signIn, personId);
    }
}
