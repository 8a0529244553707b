package ua.hromada.petitions;

/** Where a petition is in its legal lifecycle; labels live in the petitions bundle. */
public enum PetitionStatus {
    DRAFT, SUBMITTED, REJECTED, COLLECTING, UNDER_CONSIDERATION, ANSWERED, NOT_SUPPORTED, FORWARDED;

    public String labelKey() {
        return "petition.status." + name().toLowerCase();
    }

    /** Statuses the public sees; drafts, submissions and rejections stay with author and moderators. */
    public boolean isPublic() {
        return this != DRAFT && this != SUBMITTED && this != REJECTED;
    }
}
