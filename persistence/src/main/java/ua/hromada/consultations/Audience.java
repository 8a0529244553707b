package ua.hromada.consultations;

/** Who may take part in a consultation (everyone reads it). */
public enum Audience {
    /** Verified residents of the community only (a declared residency where the settings accept it). */
    RESIDENTS,
    /** Anyone signed in. */
    SIGNED_IN;

    public String labelKey() {
        return "consultations.audience." + name().toLowerCase().replace('_', '-');
    }
}
