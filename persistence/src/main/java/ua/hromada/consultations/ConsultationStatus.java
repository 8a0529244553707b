package ua.hromada.consultations;

/** Where a consultation stands; when it takes part is {@link Consultation#phase}. */
public enum ConsultationStatus {
    /** Being prepared by the moderators; nobody else sees it. */
    DRAFT,
    /** Public: upcoming, open or past its end until the sweeper closes it. */
    PUBLISHED,
    /** Ended; the sweeper closed it at its end. */
    CLOSED
}
