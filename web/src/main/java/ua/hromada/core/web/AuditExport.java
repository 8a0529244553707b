package ua.hromada.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/**
 * {@code /{community}/admin/audit.csv?action=}: the community's audit as CSV (UTF-8 with a byte
 * order mark, so spreadsheet programs read Cyrillic), page by page from the same bean method as
 * the console, up to {@value #MAX_ROWS} rows.
 */
@WebServlet(AuditExport.PATH)
public class AuditExport extends HttpServlet {
    /** Reached only by the request filter's forward from the community address. */
    static final String PATH = "/community/admin/audit-csv";
    static final int MAX_ROWS = 100_000;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Community community = tenant.require();
        String action = request.getParameter("action");
        Page<AuditEntry> page;
        try {
            page = audit.ofCommunity(community.id(), action, null, Page.MAX_LIMIT);
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (HromadaException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + community.slug() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("at", "actor", "action", "object_type", "object_id", "summary").get())) {
            int rows = 0;
            while (true) {
                for (AuditEntry e : page.items()) {
                    csv.printRecord(e.at(), e.actor(), e.action(), e.objectType(), e.objectId(), e.summary());
                }
                rows += page.items().size();
                if (page.nextCursor() == null || rows >= MAX_ROWS) {
                    break;
                }
                page = audit.ofCommunity(community.id(), action, page.nextCursor(), Page.MAX_LIMIT);
            }
        }
    }
}
