package ua.hromada.consultations;

/** What a consultation asks of people; fixed when it is created. */
public enum ConsultationKind {
    /** A question people answer in comments, reply to and support. */
    QUESTION,
    /** Questions with options people choose, rank or score: one response per person, changeable until the end. */
    POLL;

    public String labelKey() {
        return "consultations.kind." + name().toLowerCase();
    }
}
