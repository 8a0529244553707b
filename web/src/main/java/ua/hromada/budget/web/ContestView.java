package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.ProjectReading;
import ua.hromada.budget.ProjectSupport;
import ua.hromada.budget.School;
import ua.hromada.budget.Schools;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * One contest's public page: its stages with their dates, its categories and who may vote, its
 * submitted projects a page at a time, and for a signed-in person their own projects and whether
 * they may put one forward.
 */
@Named
@RequestScoped
public class ContestView {
    @Inject
    ContestReading reading;

    @Inject
    ProjectReading projects;

    @Inject
    BudgetPermissions permissions;

    @Inject
    ProjectSupport support;

    @Inject
    Schools schools;

    @Inject
    LanguageSelection language;

    private long id;
    private String after;
    private Contest contest;
    private School school;
    private List<ContestCategory> categories = List.of();
    private Page<BudgetProject> submitted = new Page<>(List.of(), null);
    private List<BudgetProject> mine = List.of();
    private java.util.Map<Long, Long> supporters = java.util.Map.of();

    /** f:viewAction: 404 for no published contest of this community under the id. */
    public void load() throws IOException {
        try {
            contest = reading.view(id);
            categories = reading.categories(id);
            school = contest.isSchools() ? schools.find(contest.schoolId()) : null;
            submitted = projects.submitted(id, after, Page.DEFAULT_LIMIT);
            mine = projects.mine(id);
            if (contest.stage() == ContestStage.SUPPORT) {
                supporters = support.counts(submitted.items().stream().map(BudgetProject::id).toList());
            }
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    public Contest getContest() {
        return contest;
    }

    public List<ContestCategory> getCategories() {
        return categories;
    }

    public List<BudgetProject> getSubmitted() {
        return submitted.items();
    }

    public String getNextCursor() {
        return submitted.nextCursor();
    }

    /** A listed project's supporters during the preliminary support. */
    public long supporters(long projectId) {
        return supporters.getOrDefault(projectId, 0L);
    }

    public List<BudgetProject> getMine() {
        return mine;
    }

    /** Whether the contest takes residents' drafts of projects now (announced or taking submissions; a school's moderators enter its pupils'). */
    public boolean isDrafting() {
        return contest != null && !contest.isSchools() && ContestStage.DRAFTING.contains(contest.stage());
    }

    /** The school whose contest this is, or null. */
    public School getSchool() {
        return school;
    }

    /** Why the signed-in person may not put forward a project (not a resident, a weaker sign-in), or null. */
    public String getRefusal() {
        if (contest == null || !Acting.current().isSignedIn()) {
            return null;
        }
        return permissions.refusal(BudgetAction.SUBMIT, contest).map(key -> Messages.text(language.getLocale(), key)).orElse(null);
    }

    /** A category's name by its id (a draft may have none yet). */
    public String categoryName(Long categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).map(ContestCategory::name).findFirst().orElse("");
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
