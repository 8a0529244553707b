package ua.hromada.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CommunitySettings;

/**
 * {@code /{community}/admin/audit.csv} and {@code /platform/audit.csv}: the audit log with the
 * same filters as its console page (see {@link AuditQuery}), as CSV (UTF-8 with a byte order
 * mark, so spreadsheet programs read Cyrillic), page by page from the same bean methods, up to
 * {@value #MAX_ROWS} rows. The platform's export adds each entry's community id.
 */
@WebServlet({AuditExport.PATH, AuditExport.PLATFORM_PATH})
public class AuditExport extends HttpServlet {
    /** Reached only by the request filter's forward from the community address. */
    static final String PATH = "/community/admin/audit-csv";
    static final String PLATFORM_PATH = "/platform/audit.csv";
    static final int MAX_ROWS = 100_000;

    @Inject
    AuditTrail audit;

    @Inject
    CommunityCache communities;

    @Inject
    TenantContext tenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Community here = tenant.getCommunity();
        AuditQuery query = AuditQuery.of(request::getParameter);
        ZoneId zone = here == null ? CommunitySettings.DEFAULT_ZONE : here.zone();
        Page<AuditEntry> page;
        try {
            page = query.page(audit, communities, here, zone, null, Page.MAX_LIMIT);
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (HromadaException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<String> header = new ArrayList<>(List.of("at", "actor", "action", "object_type", "object_id", "summary"));
        if (here == null) {
            header.add(1, "community_id");
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"audit-" + (here == null ? "platform" : here.slug()) + ".csv\"");
        try (CsvTable csv = CsvTable.open(response.getOutputStream(), header.toArray(String[]::new))) {
            int rows = 0;
            while (true) {
                for (AuditEntry e : page.items()) {
                    if (here == null) {
                        csv.row(e.at(), e.communityId(), e.actor(), e.action(), e.objectType(), e.objectId(), e.summary());
                    } else {
                        csv.row(e.at(), e.actor(), e.action(), e.objectType(), e.objectId(), e.summary());
                    }
                }
                rows += page.items().size();
                if (page.nextCursor() == null || rows >= MAX_ROWS) {
                    break;
                }
                page = query.page(audit, communities, here, zone, page.nextCursor(), Page.MAX_LIMIT);
            }
        }
    }
}
