package ua.hromada.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.handover.HandOverDesk;
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
import ua.hromada.core.tool.AddressedToPerson;
import ua.hromada.core.tool.ToolPage;
import ua.hromada.core.tool.Waiting;

/** Appeals and public-information requests, as core's tool registry knows them. */
@ApplicationScoped
public class AppealsTool implements ToolManifest {
    public static final String KEY = "appeals";
    /** The console queue, after {@code /{community}/admin}. */
    static final String CONSOLE_PATH = "/appeals";
    /** The public status page of an appeal handed over from a public matter, before its id. */
    static final String STATUS_PATH = "/appeals/status/";
    private static final String VIEWS = "/community/appeals/";
    private static final String CONSOLE_VIEWS = "/community/admin/appeals/";

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    AppealAccounts accounts;

    @Inject
    AppealDemoData demo;

    @Inject
    Appeals appeals;

    @Inject
    AppealOpenData openData;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String icon() {
        return "✉";
    }

    @Override
    public List<ToolPage> pages() {
        return List.of(
                new ToolPage("/appeals", VIEWS + "index.xhtml"),
                new ToolPage("/appeals/", VIEWS + "index.xhtml"),
                ToolPage.forSignedIn("/appeals/new", VIEWS + "new.xhtml"),
                ToolPage.forSignedIn("/appeals/{id}", VIEWS + "appeal.xhtml"),
                new ToolPage(STATUS_PATH + "{id}", VIEWS + "status.xhtml"),
                new ToolPage("/appeals/register", VIEWS + "register.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH, CONSOLE_VIEWS + "queue.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/departments", CONSOLE_VIEWS + "departments.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/grounds", CONSOLE_VIEWS + "grounds.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}", CONSOLE_VIEWS + "appeal.xhtml"));
    }

    @Override
    public String portalPath() {
        return "/appeals";
    }

    @Override
    public Optional<Figure> figure(Community community) {
        return Optional.of(new Figure(reading.answeredCount(), "appeals.tool.figure"));
    }

    @Override
    public Optional<CabinetSection> cabinet() {
        return Optional.of(new CabinetSection("/cabinet/appeals.xhtml", "appeals.cabinet"));
    }

    @Override
    public List<ConsoleEntry> console(long communityId) {
        List<ConsoleEntry> entries = new ArrayList<>();
        if (permissions.allows(AppealAction.HANDLE, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH, "appeals.console.queue"));
        }
        if (permissions.allows(AppealAction.DEPARTMENTS, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH + "/departments", "appeals.console.departments"));
        }
        if (permissions.allows(AppealAction.GROUNDS, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH + "/grounds", "appeals.console.grounds"));
        }
        return entries;
    }

    @Override
    public List<Waiting> waiting(Community community) {
        return reading.waiting();
    }

    /** The appeals addressed to a deputy by name, waiting for their answer (the deputy's cabinet shows them). */
    @Override
    public List<AddressedToPerson> addressedTo(long personId) {
        return reading.addressedTo(personId);
    }

    @Override
    public List<Statistic> statistics(Long communityId) {
        return reading.statistics(communityId);
    }

    /** The open data of the public directory of bodies and departments. */
    public static final String DIRECTORY_DATASET = "appeals-directory";

    /**
     * Monthly counts by kind, status and department, with how many were answered on time (no
     * applicant, no text); and the directory of departments with their contacts and heads.
     */
    @Override
    public List<Dataset> datasets() {
        return List.of(new Dataset(KEY, "appeals.dataset.title", () -> openData.lastChange()),
                new Dataset(DIRECTORY_DATASET, "appeals.dataset.directory.title", () -> openData.directoryChange()));
    }

    @Override
    public Optional<SettingsForm<?>> settings() {
        return Optional.of(AppealSettings.FORM);
    }

    @Override
    public PermissionTable<AppealAction> permissions() {
        return AppealPermissions.TABLE;
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

    /** A matter another tool could not settle (a failed petition) becomes its author's appeal, its progress on a public page. */
    @Override
    public Optional<HandOverDesk> handOverDesk() {
        return Optional.of((community, author, title, text, source) -> STATUS_PATH + appeals.fromHandOver(community, author, title, text,
                source).id());
    }

    @Override
    public Optional<String> openApi() {
        return Optional.of("/openapi/appeals.yaml");
    }

    /** An appeal's attachment: to its applicant and the community's secretariat only. */
    @Override
    public boolean showsDocument(long documentId) {
        return reading.shows(documentId);
    }
}
