package ua.hromada.core.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            Map.entry("/admin/tokens", "/community/admin/tokens.xhtml"),
            Map.entry("/petitions", "/community/petitions/list.xhtml"),
            Map.entry("/petitions/", "/community/petitions/list.xhtml"),
            Map.entry("/petitions/new", "/community/petitions/edit.xhtml"),
            Map.entry("/admin/petitions", "/community/admin/petitions.xhtml"),
            Map.entry("/admin/settings", "/community/admin/settings.xhtml"));

    /** Paths with an object id; the id reaches the view as the {@code id} parameter. */
    private static final List<Map.Entry<Pattern, String>> OBJECT_VIEWS = List.of(
            Map.entry(Pattern.compile("/petitions/(\\d{1,18})"), "/community/petitions/petition.xhtml"),
            Map.entry(Pattern.compile("/p/(\\d{1,18})"), "/community/petitions/petition.xhtml"),
            Map.entry(Pattern.compile("/petitions/(\\d{1,18})/edit"), "/community/petitions/edit.xhtml"),
            Map.entry(Pattern.compile("/petitions/(\\d{1,18})/signatories\\.csv"), "/community/petitions/signatories-csv"),
            Map.entry(Pattern.compile("/petitions/(\\d{1,18})/signatories\\.pdf"), "/community/petitions/signatories-pdf"),
            Map.entry(Pattern.compile("/petitions/(\\d{1,18})/qr\\.svg"), "/community/petitions/qr-svg"),
            Map.entry(Pattern.compile("/documents/(\\d{1,18})\\.pdf"), DocumentDownload.PATH));

    private CommunityPages() {
    }

    /** The view for the path after the slug (with {@code ?id=} for object pages), or null when there is none (404). */
    static String view(String rest) {
        String view = VIEWS.get(rest);
        if (view != null) {
            return view;
        }
        for (Map.Entry<Pattern, String> objectView : OBJECT_VIEWS) {
            Matcher m = objectView.getKey().matcher(rest);
            if (m.matches()) {
                return objectView.getValue() + "?id=" + m.group(1);
            }
        }
        return null;
    }
}
