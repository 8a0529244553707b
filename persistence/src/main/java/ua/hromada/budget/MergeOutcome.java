package ua.hromada.budget;

import java.util.Locale;

/**
 * How a merge proposal ended: merged (both authors consented), declined (an author refused),
 * withdrawn by a reviewer, or lapsed (the review ended before both authors answered).
 */
public enum MergeOutcome {
    MERGED, DECLINED, WITHDRAWN, LAPSED;

    public String labelKey() {
        return "budget.merge.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
