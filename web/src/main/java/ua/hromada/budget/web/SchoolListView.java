package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.budget.Schools;

/** The community's participating schools with their published contests, for anyone. */
@Named
@RequestScoped
public class SchoolListView {
    @Inject
    Schools schools;

    private List<Schools.Entry> entries = List.of();

    /** f:viewAction: 404 where the participatory budget is off. */
    public void load() {
        entries = schools.participating();
    }

    public List<Schools.Entry> getEntries() {
        return entries;
    }
}
