package ua.hromada.council;

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

/** The council and the deputy's cabinet, as core's tool registry knows them. */
@ApplicationScoped
public class CouncilTool implements ToolManifest {
    public static final String KEY = "council";
    /** The console's pages, after {@code /{community}/admin}. */
    static final String CONSOLE_PATH = "/council";
    private static final String VIEWS = "/community/council/";
    private static final String CONSOLE_VIEWS = "/community/admin/council/";

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    CouncilAccounts accounts;

    @Inject
    CouncilDemoData demo;

    @Inject
    CouncilMessages messages;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String icon() {
        return "⚖";
    }

    @Override
    public List<ToolPage> pages() {
        return List.of(
                new ToolPage("/council", VIEWS + "index.xhtml"),
                new ToolPage("/council/", VIEWS + "index.xhtml"),
                new ToolPage("/council/sessions/{id}", VIEWS + "session.xhtml"),
                new ToolPage("/council/drafts/{id}", VIEWS + "draft.xhtml"),
                ToolPage.forSignedIn("/council/desk/{id}", VIEWS + "desk.xhtml"),
                ToolPage.forSignedIn("/council/sittings/{id}", VIEWS + "sitting.xhtml"),
                new ToolPage("/council/votes/{id}", VIEWS + "vote.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH, CONSOLE_VIEWS + "structure.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/deputies", CONSOLE_VIEWS + "deputies.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/drafts", CONSOLE_VIEWS + "drafts.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/drafts/{id}", CONSOLE_VIEWS + "draft.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/sessions", CONSOLE_VIEWS + "sessions.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/sessions/{id}", CONSOLE_VIEWS + "session.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/sittings/{id}", CONSOLE_VIEWS + "sitting.xhtml"),
                // messages
                new ToolPage("/council/deputies/{id}", VIEWS + "deputy.xhtml"),
                ToolPage.forSignedIn("/council/deputies/{id}/write", VIEWS + "write.xhtml"),
                ToolPage.forSignedIn("/council/messages/{id}", VIEWS + "thread.xhtml"),
                ToolPage.forSignedIn("/council/colleagues", VIEWS + "colleagues.xhtml"));
    }

    @Override
    public String portalPath() {
        return "/council";
    }

    @Override
    public Optional<Figure> figure(Community community) {
        return Optional.of(new Figure(reading.draftCount(), "council.tool.figure"));
    }

    @Override
    public Optional<CabinetSection> cabinet() {
        return Optional.of(new CabinetSection("/cabinet/council.xhtml", "council.cabinet"));
    }

    @Override
    public List<ConsoleEntry> console(long communityId) {
        List<ConsoleEntry> entries = new ArrayList<>();
        if (permissions.allows(CouncilAction.STRUCTURE, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH, "council.console.structure"));
            entries.add(new ConsoleEntry(CONSOLE_PATH + "/deputies", "council.console.deputies"));
        }
        if (permissions.allows(CouncilAction.REGISTER, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH + "/drafts", "council.console.drafts"));
        }
        if (permissions.allows(CouncilAction.SESSIONS, communityId)) {
            entries.add(new ConsoleEntry(CONSOLE_PATH + "/sessions", "council.console.sessions"));
        }
        return entries;
    }

    @Override
    public List<Waiting> waiting(Community community) {
        return reading.waiting();
    }

    @Override
    public List<Dataset> datasets() {
        return List.of();
    }

    @Override
    public Optional<SettingsForm<?>> settings() {
        return Optional.of(CouncilSettings.FORM);
    }

    @Override
    public List<Statistic> statistics(Long communityId) {
        return reading.statistics(communityId);
    }

    @Override
    public PermissionTable<CouncilAction> permissions() {
        return CouncilPermissions.TABLE;
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
        return Optional.empty();
    }

    /** A draft decision's PDF: public, as the draft is; a message's attachment: its thread's members only. */
    @Override
    public boolean showsDocument(long documentId) {
        return reading.shows(documentId) || messages.shows(documentId);
    }
}
