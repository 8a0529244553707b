package ua.hromada.petitions;

/** Who may create or sign a community's petitions. */
public enum Eligibility {
    /** Residents of the community only (the law's default for local petitions). */
    RESIDENTS,
    /** Anyone signed in. */
    SIGNED_IN
}
