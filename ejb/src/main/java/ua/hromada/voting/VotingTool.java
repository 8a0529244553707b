package ua.hromada.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/** Anonymous votes, as core's tool registry knows them. */
@ApplicationScoped
public class VotingTool implements ToolManifest {
    public static final String KEY = "voting";
    public static final String RESULTS_DATASET = "voting-results";
    public static final String BOXES_DATASET = "voting-boxes";
    static final String CONSOLE_PATH = "/voting";
    private static final String VIEWS = "/community/voting/";
    private static final String CONSOLE_VIEWS = "/community/admin/voting/";

    @Inject
    VoteReading reading;

    @Inject
    VotePermissions permissions;

    @Inject
    VoteAccounts accounts;

    @Inject
    VoteOpenData openData;

    @Inject
    VotingDemoData demo;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String icon() {
        return "☑";
    }

    @Override
    public List<ToolPage> pages() {
        return List.of(
                new ToolPage("/voting", VIEWS + "index.xhtml"),
                new ToolPage("/voting/", VIEWS + "index.xhtml"),
                new ToolPage("/voting/votes/{id}", VIEWS + "vote.xhtml"),
                new ToolPage("/voting/votes/{id}/box", VIEWS + "box.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH, CONSOLE_VIEWS + "votes.xhtml"),
                new ToolPage("/admin" + CONSOLE_PATH + "/votes/{id}", CONSOLE_VIEWS + "vote.xhtml"));
    }

    @Override
    public String portalPath() {
        return "/voting";
    }

    @Override
    public Optional<Figure> figure(Community community) {
        return Optional.of(new Figure(reading.count(community.id()), "voting.tool.figure"));
    }

    @Override
    public Optional<CabinetSection> cabinet() {
        return Optional.empty(); // deliberately: a receipt kept beside the person would link them to their ballot
    }

    @Override
    public List<ConsoleEntry> console(long communityId) {
        return permissions.organises(communityId) ? List.of(new ConsoleEntry(CONSOLE_PATH, "voting.console.votes")) : List.of();
    }

    @Override
    public List<Waiting> waiting(Community community) {
        return List.of();
    }

    @Override
    public List<Dataset> datasets() {
        return List.of(new Dataset(RESULTS_DATASET, "voting.dataset.results", () -> openData.lastClose()),
                new Dataset(BOXES_DATASET, "voting.dataset.boxes", () -> openData.lastClose()));
    }

    @Override
    public Optional<SettingsForm<?>> settings() {
        return Optional.of(VotingSettings.FORM);
    }

    @Override
    public List<Statistic> statistics(Long communityId) {
        return reading.statistics(communityId);
    }

    @Override
    public PermissionTable<VoteAction> permissions() {
        return VotePermissions.TABLE;
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
}
