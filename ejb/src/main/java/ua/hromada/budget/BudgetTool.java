package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.CabinetSection;
import ua.hromada.core.tool.ConsoleEntry;
import ua.hromada.core.tool.Dataset;
import ua.hromada.core.tool.Figure;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolPage;
import ua.hromada.core.tool.Waiting;

/** The participatory budget, as core's tool registry knows it. */
@ApplicationScoped
public class BudgetTool implements ToolManifest {
    public static final String KEY = "budget";
    /** The console page, after {@code /{community}/admin}. */
    static final String CONSOLE_PATH = "/budget";
    private static final String VIEWS = "/community/budget/";
    private static final String CONSOLE_VIEWS = "/community/admin/budget/";

    @Inject
    ContestReading reading;

    @Inject
    BudgetPermissions permissions;

    @Inject
    BudgetDemoData demo;

    @Inject
    BudgetAccounts accounts;

    @Inject
    BudgetOpenData openData;

    @Inject
    Schools schools;

    @Inject
    ProjectPhotos photos;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String icon() {
        return "🏗";
    }

    @Override
    public List<ToolPage> pages() {
        return List.of(
                new ToolPage("/budget", VIEWS + "list.xhtml"),
                new ToolPage("/budget/", VIEWS + "list.xhtml"),
                new ToolPage("/budget/{id}", VIEWS + "contest.xhtml"),
                ToolPage.forSignedIn("/budget/{id}/submit", VIEWS + "submit.xhtml"),
                ToolPage.forSignedIn("/budget/{id}/vote", VIEWS + "vote.xhtml"),
                new ToolPage("/budget/{id}/code", VIEWS + "code.xhtml"),
                new ToolPage("/budget/schools", VIEWS + "schools.xhtml"),
                new ToolPage("/budget/{id}/results", VIEWS + "results.xhtml"),
                new ToolPage("/budget/projects/{id}", VIEWS + "project.xhtml"),
                ToolPage.forSignedIn("/budget/projects/{id}/edit", VIEWS + "draft.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH, CONSOLE_VIEWS + "list.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/new", CONSOLE_VIEWS + "edit.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/import", CONSOLE_VIEWS + "import.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/schools", CONSOLE_VIEWS + "schools.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/terminals", CONSOLE_VIEWS + "terminals.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}/codes", CONSOLE_VIEWS + "codes.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}", CONSOLE_VIEWS + "edit.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}/projects", CONSOLE_VIEWS + "projects.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}/paper", CONSOLE_VIEWS + "paper.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}/review", CONSOLE_VIEWS + "review.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}/ballots", CONSOLE_VIEWS + "ballots.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/projects/{id}/review", CONSOLE_VIEWS + "project-review.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/projects/{id}/implementation", CONSOLE_VIEWS + "implementation.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/projects/{id}/photos", CONSOLE_VIEWS + "photos.xhtml"));
    }

    @Override
    public String portalPath() {
        return "/budget";
    }

    @Override
    public Optional<Figure> figure(Community community) {
        return Optional.of(new Figure(reading.runningCount(), "budget.tool.figure"));
    }

    @Override
    public Optional<CabinetSection> cabinet() {
        return Optional.empty();
    }

    @Override
    public List<ConsoleEntry> console(long communityId) {
        List<ConsoleEntry> entries = new ArrayList<>();
        if (permissions.allows(BudgetAction.MANAGE, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH, "budget.console.list"));
        }
        if (schools.hasConsole(communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH + "/schools", "budget.console.schools"));
        }
        return entries;
    }

    @Override
    public List<Waiting> waiting(Community community) {
        return reading.waiting();
    }

    @Override
    public List<Statistic> statistics(Long communityId) {
        return reading.statistics(communityId);
    }

    /** Projects of published contests with their cost, stage and implementation; ballots are not open data. */
    @Override
    public List<Dataset> datasets() {
        return List.of(new Dataset(KEY, "budget.dataset.title", () -> openData.lastChange()));
    }

    @Override
    public Optional<SettingsForm<?>> settings() {
        return Optional.of(BudgetSettings.FORM);
    }

    @Override
    public PermissionTable<BudgetAction> permissions() {
        return BudgetPermissions.TABLE;
    }

    @Override
    public void loadDemoData() {
        demo.load();
    }

    @Override
    public void merged(PersonsMerged merge) {
        accounts.merged(merge);
    }

    @Override
    public void deleted(AccountDeleted deletion) {
        accounts.deleted(deletion);
    }

    @Override
    public Optional<String> openApi() {
        return Optional.of("/openapi/budget.yaml");
    }

    /** A project's photo is public with the project (a draft's: its author's only). */
    @Override
    public boolean showsDocument(long documentId) {
        return photos.shows(documentId);
    }
}
