package ua.hromada.budget;

import java.util.Locale;

/** How far a winning project's implementation has come. */
public enum ImplementationStatus {
    PLANNED, PROCUREMENT, IN_PROGRESS, DONE;

    public String labelKey() {
        return "budget.implementation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
