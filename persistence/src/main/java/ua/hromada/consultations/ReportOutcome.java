package ua.hromada.consultations;

import ua.hromada.core.InvalidInputException;

/**
 * The final report's public outcome for one item a consultation answers for (a section of a
 * discussion's act, a topic proposal taken into it): taken into account, partly or not; a reason
 * is required unless it was taken into account as it stood.
 */
public record ReportOutcome(Item item, Decision decision, String reason) {
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 1000;

    /** What is decided on. */
    public enum Kind {
        SECTION, PROPOSAL
    }

    public enum Decision {
        TAKEN, PARTLY, NOT_TAKEN;

        public String labelKey() {
            return "consultations.outcome." + name().toLowerCase().replace('_', '-');
        }
    }

    /** One item: its kind, its key (a section's key, a proposal's id) and its title as the report shows it. */
    public record Item(Kind kind, long key, String title) {
    }

    public ReportOutcome {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Refuses an outcome without a decision, or without a reason where one is needed, naming the item. */
    public ReportOutcome checked() {
        if (decision == null) {
            throw new InvalidInputException("consultation.outcome.required", item.title());
        }
        if (reason != null && reason.length() > REASON_MAX || decision != Decision.TAKEN && (reason == null || reason.length() < REASON_MIN)) {
            throw new InvalidInputException("consultation.outcome.reason", item.title(), REASON_MIN, REASON_MAX);
        }
        return this;
    }
}
