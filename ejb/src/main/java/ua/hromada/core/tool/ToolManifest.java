package ua.hromada.core.tool;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.handover.HandOverDesk;
import ua.hromada.core.identity.AccountDeleted;
import ua.hromada.core.identity.PersonsMerged;
import ua.hromada.core.tenancy.Community;

/**
 * Everything core knows of one participation tool, declared by the tool in one CDI bean (as
 * Decidim's component manifest does): core builds the settings consoles, home page cards, cabinet,
 * console navigation, routes, texts, demo data, account handling and API document from these
 * answers and never names a tool. docs/adding-a-tool.md is the checklist.
 */
public interface ToolManifest {
    /**
     * The tool's key: lower-case, unique, stable (stored in {@code community_tool}); also the
     * package name, the first path segment of its pages and the name of its bundle.
     */
    String key();

    /**
     * Base name of the tool's text bundle (default {@code i18n.<key>}); it holds
     * {@code <key>.tool.name}, {@code <key>.tool.description} and the tool's every text.
     */
    default String bundle() {
        return "i18n." + key();
    }

    /** A short symbol for the card on the community home page, read out by nobody (aria-hidden). */
    String icon();

    /** The tool's pages below {@code /{community}}; {@code {id}} in a path is an object id. */
    List<ToolPage> pages();

    /** Where the card on the community home page leads, below {@code /{community}}. */
    String portalPath();

    /** The card's live figure for a community (e.g. "12 collecting signatures"), or empty for none. */
    Optional<Figure> figure(Community community);

    /** The tool's section of the signed-in person's cabinet, if it has one. */
    Optional<CabinetSection> cabinet();

    /** The tool's entries in a community's console navigation, shown to those who may open them. */
    List<ConsoleEntry> console(long communityId);

    /**
     * What waits for the signed-in official in the community's console of this tool, for the
     * console home: one line per queue they may work (empty when they may work none).
     */
    List<Waiting> waiting(Community community);

    /**
     * What waits for this person's own answer in the tool, in every community, because it was
     * addressed to them by name: one line per community (none: an empty list). Read across
     * communities, for the cabinet page of the person's office that another tool keeps.
     */
    default List<AddressedToPerson> addressedTo(long personId) {
        return List.of();
    }

    /**
     * The tool's open-data sets; its API resources answer their JSON and CSV at the catalogue's
     * addresses, platform-wide and per community (the catalogue lists a community's sets only
     * while the tool is on there).
     */
    List<Dataset> datasets();

    /**
     * The tool's settings for the generic form of the community settings console, or empty when
     * it has none; stored in {@code community_setting} under names prefixed by the key and a dot.
     */
    default Optional<SettingsForm<?>> settings() {
        return Optional.empty();
    }

    /**
     * Checks across the tool's settings (each value passed its own check), before any is saved:
     * throws {@code InvalidInputException} to refuse the whole change. {@code values} has every setting.
     */
    default void checkSettings(Map<String, String> values) {
    }

    /**
     * The tool's statistics: its figures for one community, or platform-wide when
     * {@code communityId} is null (every community, whether the tool is on there now or not).
     * Public figures only, from aggregate queries; the statistics API lists them per tool.
     */
    List<Statistic> statistics(Long communityId);

    /** The tool's permission table: deny by default, walked row by row by the matrix test. */
    PermissionTable<?> permissions();

    /** The tool's demo data for the README's run command: loaded once, after core's, only behind the demo switch. */
    void loadDemoData();

    /**
     * Inside core's merge transaction: the phone person's records of this tool become the strong
     * person's; counts of what moved go to {@code merge.rows()}. Required: a tool cannot forget it.
     */
    void merged(PersonsMerged merge);

    /**
     * Inside core's deletion transaction: the person's records of this tool that never became
     * public go; what the law keeps public stays and is counted in {@code deletion.rows()}.
     */
    void deleted(AccountDeleted deletion);

    /**
     * Classpath resource of the tool's part of the OpenAPI document (its {@code paths} entries and,
     * after a line {@code # schemas}, its {@code components.schemas} entries), or empty for no API.
     */
    Optional<String> openApi();

    /**
     * The tool's desk for matters other tools hand over (an initiative that did not gather its
     * support becomes its author's request), if it registers such requests; core uses the first
     * tool switched on in the community that has one.
     */
    default Optional<HandOverDesk> handOverDesk() {
        return Optional.empty();
    }

    /**
     * Whether the current visitor may download this stored document of the tool's: attached to
     * something public, or to a draft they may see. Core's download serves a document only when a
     * tool says so, so a draft's attachment is not reached by guessing its number.
     */
    default boolean showsDocument(long documentId) {
        return false;
    }
}
