package ua.hromada.consultations;

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

/** Public consultations, as core's tool registry knows them. */
@ApplicationScoped
public class ConsultationsTool implements ToolManifest {
    public static final String KEY = "consultations";
    /** The console page, after {@code /{community}/admin}. */
    static final String CONSOLE_PATH = "/consultations";
    static final String COMPLAINTS_PATH = "/consultations/complaints";
    static final String PROPOSALS_PATH = "/consultations/proposals";
    private static final String VIEWS = "/community/consultations/";
    private static final String CONSOLE_VIEWS = "/community/admin/consultations/";

    @Inject
    ConsultationReading reading;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    ConsultationAccounts accounts;

    @Inject
    ConsultationDemoData demo;

    @Inject
    ConsultationOpenData openData;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String icon() {
        return "💬";
    }

    @Override
    public List<ToolPage> pages() {
        return List.of(
                new ToolPage("/consultations", VIEWS + "list.xhtml"),
                new ToolPage("/consultations/", VIEWS + "list.xhtml"),
                new ToolPage("/consultations/{id}", VIEWS + "consultation.xhtml"),
                new ToolPage("/consultations/{id}/report.pdf", VIEWS + "report-pdf"),
                new ToolPage("/admin" + CONSOLE_PATH, CONSOLE_VIEWS + "list.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/new", CONSOLE_VIEWS + "edit.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/{id}", CONSOLE_VIEWS + "edit.xhtml"),
                new ToolPage("/admin" + COMPLAINTS_PATH, CONSOLE_VIEWS + "complaints.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/comments/{id}", CONSOLE_VIEWS + "comment.xhtml"),
                new ToolPage("/admin" + PROPOSALS_PATH, CONSOLE_VIEWS + "proposals.xhtml"),
                new ToolPage("/admin" + PROPOSALS_PATH + "/{id}", CONSOLE_VIEWS + "proposal.xhtml"));
    }

    @Override
    public String portalPath() {
        return "/consultations";
    }

    @Override
    public Optional<Figure> figure(Community community) {
        return Optional.of(new Figure(reading.openCount(), "consultations.tool.figure"));
    }

    @Override
    public Optional<CabinetSection> cabinet() {
        return Optional.empty();
    }

    @Override
    public List<ConsoleEntry> console(long communityId) {
        List<ConsoleEntry> entries = new ArrayList<>();
        if (permissions.allows(ConsultationAction.MANAGE, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH, "consultation.console.list"));
            entries.add(new ConsoleEntry(PROPOSALS_PATH, "consultation.console.proposals"));
        }
        if (permissions.allows(ConsultationAction.MODERATE, communityId)) {
            entries.add(new ConsoleEntry(COMPLAINTS_PATH, "consultation.console.complaints"));
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

    @Override
    public List<Dataset> datasets() {
        return List.of(new Dataset(KEY, "consultations.dataset.title", () -> openData.lastChange()));
    }

    @Override
    public Optional<SettingsForm<?>> settings() {
        return Optional.of(ConsultationSettings.FORM);
    }

    @Override
    public PermissionTable<ConsultationAction> permissions() {
        return ConsultationPermissions.TABLE;
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
        return Optional.of("/openapi/consultations.yaml");
    }

    @Override
    public boolean showsDocument(long documentId) {
        return reading.showsDocument(documentId);
    }
}
