package ua.hromada.budget;

import java.util.Locale;

/**
 * Where a project stands: its author's draft; submitted (gathering support while the contest's
 * preliminary support lasts); then, when the review begins, in review with enough supporters or
 * not supported with too few; then admitted to the ballot, rejected with a reason, or merged into
 * a similar project of the contest with both authors' consent (no longer on the ballot).
 */
public enum ProjectStatus {
    DRAFT, SUBMITTED, IN_REVIEW, UNSUPPORTED, ADMITTED, REJECTED, MERGED;

    public String labelKey() {
        return "budget.project.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
