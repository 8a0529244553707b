package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditTrail;

/** The community console's audit: filter by action, page through, export as CSV. */
@Named
@RequestScoped
public class AuditConsole {
    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private String action;
    private String cursor;
    private Page<AuditEntry> page = new Page<>(List.of(), null);

    /** f:viewAction. */
    public void load() throws IOException {
        try {
            page = audit.ofCommunity(tenant.require().id(), action, cursor, Page.DEFAULT_LIMIT);
        } catch (ForbiddenException e) {
            access.refuse("/" + tenant.require().slug() + "/admin/audit");
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    public List<AuditEntry> getEntries() {
        return page.items();
    }

    public String when(Instant at) {
        return language.format(at, tenant.require().zone());
    }

    private String query(String extra) {
        return "?action=" + URLEncoder.encode(action == null ? "" : action, StandardCharsets.UTF_8) + extra;
    }

    public String getNextPageUrl() {
        return page.nextCursor() == null ? null : query("&cursor=" + page.nextCursor());
    }

    public String getCsvUrl() {
        return "audit.csv" + query("");
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
