package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CommunitySettings;

/**
 * The audit log of a console: on {@code /{community}/admin/audit} the community's, on
 * {@code /platform/audit.xhtml} the platform's (with a community filter). Filter by action, actor
 * and dates, page through, export the same selection as CSV.
 */
@Named
@RequestScoped
public class AuditConsole {
    @Inject
    AuditTrail audit;

    @Inject
    CommunityCache communities;

    @Inject
    CommunityDirectory directory;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private AuditQuery query = AuditQuery.of(name -> null);
    private Page<AuditEntry> page = new Page<>(List.of(), null);
    private Map<Long, String> slugs = Map.of();

    /** f:viewAction: reads the filters from the query string. */
    public void load() throws IOException {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = AuditQuery.of(params::get);
        Community here = tenant.getCommunity();
        try {
            page = query.page(audit, communities, here, zone(), params.get("cursor"), Page.DEFAULT_LIMIT);
            if (here == null) {
                slugs = directory.slugsOf(page.items().stream().map(AuditEntry::communityId).filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
            }
        } catch (ForbiddenException e) {
            access.refuse(here == null ? "/platform/audit.xhtml" : "/" + here.slug() + "/admin/audit");
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    /** Dates are read and shown in the community's zone; on the platform, in the default one. */
    private ZoneId zone() {
        return tenant.community().map(Community::zone).orElse(CommunitySettings.DEFAULT_ZONE);
    }

    public boolean isPlatform() {
        return tenant.getCommunity() == null;
    }

    public AuditQuery getQuery() {
        return query;
    }

    public List<AuditEntry> getEntries() {
        return page.items();
    }

    /** The address of an entry's community on the platform log; empty for platform-wide entries. */
    public String communityOf(AuditEntry entry) {
        return entry.communityId() == null ? "" : slugs.getOrDefault(entry.communityId(), String.valueOf(entry.communityId()));
    }

    public String when(Instant at) {
        return language.format(at, zone());
    }

    public String getNextPageUrl() {
        if (page.nextCursor() == null) {
            return null;
        }
        String filters = query.queryString();
        return "?" + filters + (filters.isEmpty() ? "" : "&") + "cursor=" + page.nextCursor();
    }

    public String getCsvUrl() {
        String filters = query.queryString();
        return "audit.csv" + (filters.isEmpty() ? "" : "?" + filters);
    }
}
