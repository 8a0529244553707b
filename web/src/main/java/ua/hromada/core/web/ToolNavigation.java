package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolRegistry;

/** The tools' entries in the console navigation and the cabinet, from their manifests. */
@Named
@RequestScoped
public class ToolNavigation {
    @Inject
    ToolRegistry registry;

    @Inject
    TenantContext tenant;

    /** A link: the address below the context root and the label's message key. */
    public record Link(String href, String labelKey) {
    }

    /** The console pages of the community's enabled tools that the current person may open. */
    public List<Link> getConsoleEntries() {
        Community community = tenant.require();
        return registry.enabledIn(community).stream()
                .flatMap(tool -> tool.console(community.id()).stream())
                .map(entry -> new Link("/" + community.slug() + "/admin" + entry.path(), entry.labelKey()))
                .toList();
    }

    /** Every registered tool's section of the cabinet (a person's records span communities). */
    public List<Link> getCabinetSections() {
        return registry.all().stream().flatMap(tool -> tool.cabinet().stream())
                .map(section -> new Link(section.path(), section.labelKey())).toList();
    }
}
