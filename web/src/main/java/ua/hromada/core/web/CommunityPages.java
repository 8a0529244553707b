package ua.hromada.core.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolPage;

/**
 * Which Facelets view serves each path below {@code /{community}}: core's pages here, then the
 * pages of the tools the community has switched on, from their manifests.
 */
public final class CommunityPages {
    private static final String HOME = "/community/home.xhtml";
    private static final List<ToolPage> CORE = List.of(
            new ToolPage("/", HOME),
            new ToolPage("/admin", "/community/admin/home.xhtml"),
            new ToolPage("/admin/", "/community/admin/home.xhtml"),
            new ToolPage("/admin/announcements", "/community/admin/announcements.xhtml"),
            new ToolPage("/admin/audit", "/community/admin/audit.xhtml"),
            new ToolPage("/admin/audit.csv", AuditExport.PATH),
            new ToolPage("/admin/access", "/community/admin/access.xhtml"),
            new ToolPage("/admin/roles", "/community/admin/roles.xhtml"),
            new ToolPage("/admin/tokens", "/community/admin/tokens.xhtml"),
            new ToolPage("/admin/settings", "/community/admin/settings.xhtml"),
            new ToolPage("/documents/{id}.pdf", DocumentDownload.PATH),
            new ToolPage("/documents/{id}.jpg", DocumentDownload.PHOTO_PATH));

    /** A tool's settings form: the path names the tool, not an object. */
    static final String TOOL_SETTINGS = "/admin/settings/{tool}";
    private static final Pattern TOOL_SETTINGS_PATH = Pattern.compile(
            Pattern.quote(TOOL_SETTINGS.replace("{tool}", "")) + "(" + Community.TOOL_KEY.pattern() + ")");
    private static final String TOOL_SETTINGS_VIEW = "/community/admin/tool-settings.xhtml?tool=";

    private CommunityPages() {
    }

    /** A path's view (with its parameter for object pages) and whether only signed-in people use it. */
    record Route(String view, boolean signInOnly) {
    }

    /** The route for the path after the slug, or null when there is none (404). */
    static Route route(String rest, List<ToolManifest> enabledTools) {
        if (rest.isEmpty()) {
            return new Route(HOME, false); // the community's address with no slash after it
        }
        for (ToolPage page : CORE) {
            String found = page.viewFor(rest);
            if (found != null) {
                return new Route(found, page.signInOnly());
            }
        }
        for (ToolManifest tool : enabledTools) {
            for (ToolPage page : tool.pages()) {
                String found = page.viewFor(rest);
                if (found != null) {
                    return new Route(found, page.signInOnly());
                }
            }
        }
        Matcher settings = TOOL_SETTINGS_PATH.matcher(rest);
        return settings.matches() ? new Route(TOOL_SETTINGS_VIEW + settings.group(1), true) : null;
    }


    /**
     * Core's own pages below {@code /{community}}, the tool settings page last (its path holds
     * {@code {tool}}): with the tools' manifests, every community page there is. The
     * hostile-input walk reads them, so a new page cannot be left out of it.
     */
    public static List<ToolPage> corePages() {
        return Stream.concat(CORE.stream(), Stream.of(new ToolPage(TOOL_SETTINGS, TOOL_SETTINGS_VIEW))).toList();
    }
}
