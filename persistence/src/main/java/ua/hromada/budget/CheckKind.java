package ua.hromada.budget;

import java.util.Locale;

/** What a project's review checks: whether it can be done, whether the law allows it, whether its cost is right. */
public enum CheckKind {
    FEASIBILITY, LEGAL, COST;

    public String labelKey() {
        return "budget.check." + name().toLowerCase(Locale.ROOT);
    }
}
