package ua.hromada.petitions;

/** Why a moderator refuses to publish a petition (the law's list); a free-text note adds detail. */
public enum RejectionReason {
    NOT_COMMUNITY_COMPETENCE, UNLAWFUL_CONTENT, OFFENSIVE_LANGUAGE, DUPLICATE, INCOMPLETE, OTHER;

    public String labelKey() {
        return "petition.rejection." + name().toLowerCase();
    }
}
