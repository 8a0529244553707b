package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.Schools;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The school budget in the console: the community's moderators add participating schools and
 * assign holders of the school moderator role to them; a school moderator sees their schools'
 * contests with the pages they keep (projects, paper entry, review, codes).
 */
@Named
@ViewScoped
public class SchoolConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Schools schools;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private List<Schools.Entry> entries = List.of();
    private List<Schools.Moderator> candidates = List.of();
    private boolean keeper;
    private String name;
    private final Map<Long, Long> chosen = new HashMap<>();

    /** f:viewAction: the community's moderators and the schools' own. */
    public void load() throws IOException {
        long community = tenant.require().id();
        if (!schools.hasConsole(community)) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/schools");
            return;
        }
        keeper = permissions.allows(BudgetAction.SCHOOLS, community);
        refresh();
    }

    /** Adds the school being typed; on a refusal the name stays. */
    public void add() {
        if (Messages.attempt(language.getLocale(), "budget.school.added", () -> schools.add(name))) {
            name = null;
            refresh();
        }
    }

    /** Assigns the person chosen for the school. */
    public void assign(long schoolId) {
        Long person = chosen.get(schoolId);
        if (Messages.attempt(language.getLocale(), "budget.school.assigned", () -> schools.assign(schoolId, person == null ? 0 : person))) {
            chosen.remove(schoolId);
            refresh();
        }
    }

    public void unassign(long schoolId, long personId) {
        if (Messages.attempt(language.getLocale(), "budget.school.unassigned", () -> schools.unassign(schoolId, personId))) {
            refresh();
        }
    }

    private void refresh() {
        entries = schools.console();
        candidates = keeper ? schools.candidates() : List.of();
    }

    /** Whether the actor keeps the schools (adds them, assigns moderators), not only moderates some. */
    public boolean isKeeper() {
        return keeper;
    }

    public List<Schools.Entry> getEntries() {
        return entries;
    }

    public List<Schools.Moderator> getCandidates() {
        return candidates;
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
