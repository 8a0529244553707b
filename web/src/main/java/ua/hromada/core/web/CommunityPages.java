package ua.hromada.core.web;

import java.util.Map;

/** Which Facelets view serves each path below {@code /{community}}. Tools add their pages here. */
final class CommunityPages {
    private static final Map<String, String> VIEWS = Map.ofEntries(
            Map.entry("", "/community/home.xhtml"),
            Map.entry("/", "/community/home.xhtml"),
            Map.entry("/admin", "/community/admin/announcements.xhtml"),
            Map.entry("/admin/", "/community/admin/announcements.xhtml"),
            Map.entry("/admin/audit", "/community/admin/audit.xhtml"),
            Map.entry("/admin/audit.csv", AuditExport.PATH),
            Map.entry("/admin/access", "/community/admin/access.xhtml"),
            Map.entry("/admin/roles", "/community/admin/roles.xhtml"),
            Map.entry("/admin/settings", "/community/admin/settings.xhtml"));

    private CommunityPages() {
    }

    /** The view for the path after the slug, or null when there is none (404). */
    static String view(String rest) {
        return VIEWS.get(rest);
    }
}
