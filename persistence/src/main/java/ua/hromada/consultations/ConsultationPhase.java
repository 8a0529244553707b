package ua.hromada.consultations;

/** What a consultation is at one moment, as people see it. */
public enum ConsultationPhase {
    DRAFT, UPCOMING, OPEN, CLOSED;

    public String labelKey() {
        return "consultations.phase." + name().toLowerCase();
    }
}
