package ua.hromada.core.web;

import java.util.Map;

/** Which Facelets view serves each path below {@code /{community}}. Tools add their pages here. */
final class CommunityPages {
    private static final Map<String, String> VIEWS = Map.of(
            "", "/community/home.xhtml",
            "/", "/community/home.xhtml",
            "/admin", "/community/admin/announcements.xhtml",
            "/admin/", "/community/admin/announcements.xhtml",
            "/admin/audit", "/community/admin/audit.xhtml",
            "/admin/audit.csv", AuditExport.PATH);

    private CommunityPages() {
    }

    /** The view for the path after the slug, or null when there is none (404). */
    static String view(String rest) {
        return VIEWS.get(rest);
    }
}
