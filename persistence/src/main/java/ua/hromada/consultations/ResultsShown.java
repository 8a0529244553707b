package ua.hromada.consultations;

/** When a poll's results are public. */
public enum ResultsShown {
    /** While it is open, as they come. */
    LIVE,
    /** Only once it has ended, so early answers do not sway later ones. */
    AFTER_END;

    public String labelKey() {
        return "consultations.results-shown." + name().toLowerCase().replace('_', '-');
    }
}
