package ua.hromada.petitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;
import ua.hromada.core.identity.SignInStrength;
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

/** Local e-petitions, as core's tool registry knows them. */
@ApplicationScoped
public class PetitionsTool implements ToolManifest {
    public static final String KEY = "petitions";
    /** The console pages, after {@code /{community}/admin}. */
    static final String QUEUE_PATH = "/petitions";
    static final String RESPONSES_PATH = "/petitions/responses";
    static final String REPORTS_PATH = "/petitions/reports";
    private static final String VIEWS = "/community/petitions/";
    private static final String CONSOLE_VIEWS = "/community/admin/petitions/";

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    PetitionAccounts accounts;

    @Inject
    PetitionDemoData demo;

    @Inject
    PetitionOpenData openData;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String icon() {
        return "✍";
    }

    @Override
    public List<ToolPage> pages() {
        return List.of(
                new ToolPage("/petitions", VIEWS + "list.xhtml"),
                new ToolPage("/petitions/", VIEWS + "list.xhtml"),
                ToolPage.forSignedIn("/petitions/new", VIEWS + "edit.xhtml"),
                new ToolPage("/petitions/{id}", VIEWS + "petition.xhtml"),
                new ToolPage("/p/{id}", VIEWS + "petition.xhtml"),
                ToolPage.forSignedIn("/petitions/{id}/edit", VIEWS + "edit.xhtml"),
                new ToolPage("/petitions/{id}/signatories.csv", VIEWS + "signatories-csv"),
                new ToolPage("/petitions/{id}/signatories.pdf", VIEWS + "signatories-pdf"),
                new ToolPage("/petitions/{id}/qr.svg", VIEWS + "qr-svg"),
                new ToolPage("/admin" + QUEUE_PATH, CONSOLE_VIEWS + "queue.xhtml"),
                new ToolPage("/admin" + RESPONSES_PATH, CONSOLE_VIEWS + "responses.xhtml"),
                new ToolPage("/admin" + REPORTS_PATH, CONSOLE_VIEWS + "reports.xhtml"),
                new ToolPage("/admin/petitions/{id}", CONSOLE_VIEWS + "review.xhtml"),
                new ToolPage("/admin/petitions/{id}/removals", CONSOLE_VIEWS + "removals.xhtml"));
    }

    @Override
    public String portalPath() {
        return "/petitions";
    }

    @Override
    public Optional<Figure> figure(Community community) {
        return Optional.of(new Figure(reading.collectingCount(), "petitions.tool.figure"));
    }

    @Override
    public Optional<CabinetSection> cabinet() {
        return Optional.of(new CabinetSection("/cabinet/petitions.xhtml", "petitions.cabinet"));
    }

    @Override
    public List<ConsoleEntry> console(long communityId) {
        List<ConsoleEntry> entries = new ArrayList<>();
        if (permissions.allows(PetitionAction.MODERATE, communityId)) {
            entries.add(new ConsoleEntry(QUEUE_PATH, "petition.console.queue"));
        }
        if (permissions.allows(PetitionAction.RESPOND, communityId)) {
            entries.add(new ConsoleEntry(RESPONSES_PATH, "petition.console.awaiting"));
        }
        if (permissions.allows(PetitionAction.MODERATE, communityId)) {
            entries.add(new ConsoleEntry(REPORTS_PATH, "petition.console.reports"));
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
        return List.of(new Dataset(KEY, "petitions.dataset.title", () -> openData.lastChange()));
    }

    @Override
    public Optional<SettingsForm<?>> settings() {
        return Optional.of(PetitionSettings.FORM);
    }

    /** The text bounds must not cross (the rules refuse them). */
    @Override
    public void checkSettings(Map<String, String> values) {
        PetitionSettings.rulesFrom(values, SignInStrength.STRONG);
    }

    @Override
    public PermissionTable<PetitionAction> permissions() {
        return PetitionPermissions.TABLE;
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
        return Optional.of("/openapi/petitions.yaml");
    }

    /** A response's document is public with the response. */
    @Override
    public boolean showsDocument(long documentId) {
        return reading.answeredWith(documentId);
    }
}
