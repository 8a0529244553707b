package ua.hromada.core.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolPage;

/**
 * Which Facelets view serves each path below {@code /{community}}: core's pages here, then the
 * pages of the tools the community has switched on, from their manifests.
 */
final class CommunityPages {
    private static final Map<String, String> VIEWS = Map.ofEntries(
            Map.entry("", "/community/home.xhtml"),
            Map.entry("/", "/community/home.xhtml"),
            Map.entry("/admin", "/community/admin/home.xhtml"),
            Map.entry("/admin/", "/community/admin/home.xhtml"),
            Map.entry("/admin/announcements", "/community/admin/announcements.xhtml"),
            Map.entry("/admin/audit", "/community/admin/audit.xhtml"),
            Map.entry("/admin/audit.csv", AuditExport.PATH),
            Map.entry("/admin/access", "/community/admin/access.xhtml"),
            Map.entry("/admin/roles", "/community/admin/roles.xhtml"),
            Map.entry("/admin/tokens", "/community/admin/tokens.xhtml"),
            Map.entry("/admin/settings", "/community/admin/settings.xhtml"));

    /** Paths with an object id or a tool's key; it reaches the view as the parameter named here. */
    private static final List<Map.Entry<Pattern, String>> OBJECT_VIEWS = List.of(
            Map.entry(Pattern.compile("/documents/(\\d{1,18})\\.pdf"), DocumentDownload.PATH + "?id="),
            Map.entry(Pattern.compile("/admin/settings/(" + Community.TOOL_KEY.pattern() + ")"),
                    "/community/admin/tool-settings.xhtml?tool="));

    private CommunityPages() {
    }

    /** The view for the path after the slug (with its parameter for object pages), or null when there is none (404). */
    static String view(String rest, List<ToolManifest> enabledTools) {
        String view = VIEWS.get(rest);
        if (view != null) {
            return view;
        }
        for (ToolManifest tool : enabledTools) {
            for (ToolPage page : tool.pages()) {
                String found = page.viewFor(rest);
                if (found != null) {
                    return found;
                }
            }
        }
        for (Map.Entry<Pattern, String> objectView : OBJECT_VIEWS) {
            Matcher m = objectView.getKey().matcher(rest);
            if (m.matches()) {
                return objectView.getValue() + m.group(1);
            }
        }
        return null;
    }
}
