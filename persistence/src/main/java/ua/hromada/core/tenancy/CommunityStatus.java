package ua.hromada.core.tenancy;

/** Only ACTIVE communities are served to residents; the others answer 404 on the portal. */
public enum CommunityStatus {
    PENDING, ACTIVE, SUSPENDED
}
