package ua.hromada.core.access;

/** Roles per community, and the platform roles above all communities. */
public enum Role {
    RESIDENT, LOCAL_MODERATOR, SCHOOL_MODERATOR, DEPARTMENT_EXECUTOR, DEPUTY, SECRETARIAT_OFFICER,
    NATIONAL_MODERATOR, PLATFORM_ADMIN,
    /** The platform acting on its own behalf: timers, the demo loader. Never a person. */
    SYSTEM
}
