package ua.hromada.budget.api;

import java.time.Instant;
import java.util.List;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;

/**
 * A published contest as terminals and bots read it: its stage and dates, its rules and, per
 * category, its limits and the projects on the ballot (amounts in kopecks).
 */
public record ContestDto(long id, String community, String title, String stage, String rule, long totalBudget, int voterMinAge,
        String signIn, Instant submission, Instant support, Instant review, Instant voting, Instant results, Instant implementation,
        List<CategoryDto> categories, String url) {
    public record CategoryDto(long id, String name, String scope, long budget, long minCost, long maxCost, Integer picks,
            List<ProjectDto> projects) {
    }

    public record ProjectDto(long id, String number, String title, long cost) {
    }

    static ContestDto of(Contest c, String slug, List<ContestCategory> categories, List<BudgetProject> admitted) {
        List<CategoryDto> listed = categories.stream().map(k -> new CategoryDto(k.id(), k.name(), k.scope().name(), k.budget(),
                k.minCost(), k.maxCost(), k.picks(), admitted.stream().filter(p -> k.id().equals(p.categoryId()))
                        .map(p -> new ProjectDto(p.id(), p.number(), p.title(), p.cost())).toList())).toList();
        var d = c.dates();
        return new ContestDto(c.id(), slug, c.title(), c.stage().name(), c.rule().name(), c.totalBudget(), c.voterMinAge(), c.signIn().name(),
                d.submission(), d.support(), d.review(), d.voting(), d.results(), d.implementation(), listed, "/" + slug + "/budget/" + c.id());
    }
}
