package ua.hromada.petitions;

/** Subject areas a community sorts its petitions into; labels live in the petitions bundle. */
public enum PetitionCategory {
    INFRASTRUCTURE, TRANSPORT, EDUCATION, HEALTH, ENVIRONMENT, SOCIAL, CULTURE, SAFETY, GOVERNANCE, OTHER;

    public String labelKey() {
        return "petition.category." + name().toLowerCase();
    }
}
