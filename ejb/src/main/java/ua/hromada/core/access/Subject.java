package ua.hromada.core.access;

import ua.hromada.core.identity.SignInStrength;

/**
 * What a permission is asked about: the community, the rules that apply to it (residents only,
 * whether a declared residency counts as one there, the weakest sign-in accepted) and its owner
 * (the person who wrote it, or null).
 */
public record Subject(long communityId, boolean residentsOnly, SignInStrength signIn, Long ownerId, boolean acceptsDeclared) {
    public Subject {
        signIn = signIn == null ? SignInStrength.BASIC : signIn;
    }

    /** Residents only means verified residents only. */
    public Subject(long communityId, boolean residentsOnly, SignInStrength signIn, Long ownerId) {
        this(communityId, residentsOnly, signIn, ownerId, false);
    }

    /** A community-wide matter with no rules of its own: officials' actions, reports. */
    public static Subject community(long communityId) {
        return new Subject(communityId, false, SignInStrength.BASIC, null);
    }

    /** The same subject, owned by {@code personId}. */
    public Subject ownedBy(Long personId) {
        return new Subject(communityId, residentsOnly, signIn, personId, acceptsDeclared);
    }

    /** The same subject where the community's settings accept (or not) a declared residency. */
    public Subject acceptingDeclared(boolean accepted) {
        return new Subject(communityId, residentsOnly, signIn, ownerId, accepted);
    }
}
