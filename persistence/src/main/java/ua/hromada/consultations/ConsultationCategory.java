package ua.hromada.consultations;

/** Subject areas a community sorts its consultations into; labels live in the consultations bundle. */
public enum ConsultationCategory {
    URBAN_PLANNING, TRANSPORT, EDUCATION, HEALTH, ENVIRONMENT, SOCIAL, CULTURE, SAFETY, BUDGET, GOVERNANCE, OTHER;

    public String labelKey() {
        return "consultations.category." + name().toLowerCase().replace('_', '-');
    }
}
