package ua.hromada.core.access;

/** Roles per community, and the platform roles above all communities. */
public enum Role {
    /** Lives in the community: verified from the identity provider's address (or granted by its officials). */
    RESIDENT,
    /**
     * Said they live in the community, unverified (no address from the identity provider). Counts
     * for a residents-only rule only where the tool's settings accept declared residency; never granted.
     */
    DECLARED_RESIDENT,
    LOCAL_MODERATOR, SCHOOL_MODERATOR, DEPARTMENT_EXECUTOR, DEPUTY, SECRETARIAT_OFFICER,
    /** Sets up, schedules and closes the community's anonymous votes; never sees who chose what (nobody can). */
    VOTE_ORGANISER,
    NATIONAL_MODERATOR, PLATFORM_ADMIN,
    /** The platform acting on its own behalf: timers, the demo loader. Never a person. */
    SYSTEM
}
