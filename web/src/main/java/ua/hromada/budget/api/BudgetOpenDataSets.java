package ua.hromada.budget.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ua.hromada.budget.BudgetOpenData;
import ua.hromada.budget.BudgetTool;
import ua.hromada.core.api.OpenDataSet;
import ua.hromada.core.api.OpenDataSets;

/** The participatory budget's open data: its projects, nothing beyond what the project pages publish. */
@ApplicationScoped
public class BudgetOpenDataSets implements OpenDataSets {
    @Inject
    BudgetOpenData openData;

    @Override
    public List<OpenDataSet<?, ?>> sets() {
        return List.of(OpenDataSet.of(BudgetTool.KEY, "budget-projects", openData::page, ProjectDataDto::of, ProjectDataDto.COLUMNS,
                ProjectDataDto::cells));
    }
}
