package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * The console's grouped navigation (core's pages, then one group per enabled tool with its
 * settings form last, each showing only the pages the signed-in person may open) and the tools'
 * sections of the cabinet.
 */
@Named
@RequestScoped
public class ToolNavigation {
    /** Core's console pages, after {@code /{community}/admin}, with their labels. */
    private static final List<String[]> CORE_PAGES = List.of(
            new String[] {"/announcements", "console.announcements"},
            new String[] {"/settings", "console.settings"},
            new String[] {"/roles", "console.roles"},
            new String[] {"/access", "access.decisions"},
            new String[] {"/tokens", "console.tokens"},
            new String[] {"/audit", "console.audit"});

    @Inject
    ToolRegistry registry;

    private List<Group> consoleGroups;

    @Inject
    TenantContext tenant;

    @Inject
    Permissions permissions;

    @Inject
    HttpServletRequest request;

    /** A link: the address below the context root, the label's message key, whether it is the page shown. */
    public record Link(String href, String labelKey, boolean current) {
    }

    /** A group of the console navigation under its heading's message key. */
    public record Group(String nameKey, List<Link> links) {
    }

    /** The console navigation of the current community for the signed-in person. */
    public List<Group> getConsoleGroups() {
        if (consoleGroups == null) { // the template's repeat asks more than once a render; each tool checks its table
            consoleGroups = consoleGroups();
        }
        return consoleGroups;
    }

    private List<Group> consoleGroups() {
        Community community = tenant.require();
        String admin = "/" + community.slug() + "/admin";
        List<Group> groups = new ArrayList<>();
        List<Link> core = new ArrayList<>();
        core.add(link(admin + "/", "console.home"));
        if (permissions.allows(Action.CONSOLE_VIEW, community.id())) {
            CORE_PAGES.forEach(page -> core.add(link(admin + page[0], page[1])));
        }
        groups.add(new Group("console.group.community", core));
        for (ToolManifest tool : registry.enabledIn(community)) {
            List<Link> links = new ArrayList<>(tool.console(community.id()).stream()
                    .map(entry -> link(admin + entry.path(), entry.labelKey())).toList());
            if (tool.settings().filter(form -> form.allows(community.id())).isPresent()) {
                links.add(link(admin + "/settings/" + tool.key(), "console.tool-settings"));
            }
            if (!links.isEmpty()) {
                groups.add(new Group(tool.key() + ".tool.name", links));
            }
        }
        return groups;
    }

    /** Every registered tool's section of the cabinet (a person's records span communities). */
    public List<Link> getCabinetSections() {
        return registry.all().stream().flatMap(tool -> tool.cabinet().stream())
                .map(section -> link(section.path(), section.labelKey())).toList();
    }

    private Link link(String path, String labelKey) {
        return new Link(path, labelKey, path.equals(here()));
    }

    private String here() {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
