package ua.hromada.consultations;

/** A person's position on a section of a draft act, or on the act as a whole. */
public enum Stance {
    SUPPORT, OPPOSE;

    public String labelKey() {
        return "regulation.stance." + name().toLowerCase();
    }
}
