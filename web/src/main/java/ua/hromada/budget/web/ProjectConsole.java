package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ProjectReading;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.TenantContext;

/** The moderators' list of a contest's submitted projects, with their authors' contacts and the paper ones marked. */
@Named
@ViewScoped
public class ProjectConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ContestReading contests;

    @Inject
    ProjectReading reading;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    private long id;
    private Contest contest;
    private LazyRows<BudgetProject> projects;

    /** f:viewAction: moderators only; 404 for no contest here. */
    public void load() throws IOException {
        if (!permissions.allows(BudgetAction.MANAGE, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/" + id + "/projects");
            return;
        }
        if (contest == null) {
            try {
                contest = contests.find(id);
            } catch (NotFoundException e) {
                PageResponses.notFound();
                return;
            }
            long contestId = contest.id();
            projects = new LazyRows<>(query -> reading.forModerators(contestId, query), BudgetProject::id, "submitted", false);
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
