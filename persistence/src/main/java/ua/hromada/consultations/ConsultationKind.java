package ua.hromada.consultations;

/** What a consultation asks of people; fixed when it is created. */
public enum ConsultationKind {
    /** A question people answer in comments, reply to and support. */
    QUESTION,
    /** Questions with options people choose, rank or score: one response per person, changeable until the end. */
    POLL,
    /**
     * A draft act in sections: people support or oppose each section and the act as a whole and
     * comment per section; the moderators publish revised versions while it is open.
     */
    DISCUSSION;

    public String labelKey() {
        return "consultations.kind." + name().toLowerCase();
    }
}
