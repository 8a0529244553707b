package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ProjectReading;
import ua.hromada.core.web.LazyRows;

/** The moderators' list of a contest's submitted projects, with their authors' contacts and the paper ones marked. */
@Named
@ViewScoped
public class ProjectConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectReading reading;

    @Inject
    ConsoleContest console;

    private long id;
    private Contest contest;
    private LazyRows<BudgetProject> projects;

    /** f:viewAction: the contest's moderators (a school's contest: its school moderators too); 404 for no contest here. */
    public void load() throws IOException {
        if (contest == null) {
            contest = console.open(id, BudgetAction.MANAGE, "/admin/budget/" + id + "/projects");
            if (contest != null) {
                long contestId = contest.id();
                projects = new LazyRows<>(query -> reading.forModerators(contestId, query), BudgetProject::id, "submitted", false);
            }
        }
    }

    public Contest getContest() {
        return contest;
    }

    public LazyRows<BudgetProject> getProjects() {
        return projects;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
