package ua.hromada.budget.api;

import java.time.Instant;
import ua.hromada.budget.BudgetOpenData;
import ua.hromada.budget.BudgetProject;

/**
 * A public participatory-budget project in open data: its contest and category, its cost (and the
 * author's cost before a review corrected it), where it stands (merged: into which project), and
 * once it won, its implementation and the money spent. Amounts in kopecks.
 */
public record ProjectDataDto(long id, String community, long contest, String contestTitle, String number, String title, String category,
        long cost, Long originalCost, String status, boolean onPaper, Instant submittedAt, String implementation, long spent, String url,
        Long mergedInto) {
    static ProjectDataDto of(BudgetOpenData.Row row) {
        BudgetProject p = row.project();
        return new ProjectDataDto(p.id(), row.communitySlug(), p.contestId(), row.contestTitle(), p.number(), p.title(), row.categoryName(),
                p.cost(), p.originalCost(), p.status().name(), p.onPaper(), p.submittedAt(),
                p.implementation() == null ? null : p.implementation().name(), p.spent(), "/" + row.communitySlug() + "/budget/projects/" + p.id(),
                p.mergedInto());
    }

    /** The columns of the open-data CSV, and a project's cells in that order. */
    static final String[] COLUMNS = {"id", "community", "contest", "contest_title", "number", "title", "category", "cost_kopecks",
        "original_cost_kopecks", "status", "on_paper", "submitted_at", "implementation", "spent_kopecks", "url",
        "merged_into"};

    Object[] cells() {
        return new Object[] {id, community, contest, contestTitle, number, title, category, cost, originalCost, status, onPaper, submittedAt,
            implementation, spent, url, mergedInto};
    }
}
