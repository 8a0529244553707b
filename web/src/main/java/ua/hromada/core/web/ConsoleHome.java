package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.tool.Waiting;

/**
 * A community console's home: for each enabled tool, what waits for the signed-in official (with
 * what falls due today and what is overdue) and a link to where it is worked through. Open to
 * anyone with a console page in the community; everyone else is sent to sign in or refused.
 */
@Named
@RequestScoped
public class ConsoleHome {
    @Inject
    ToolRegistry registry;

    @Inject
    TenantContext tenant;

    @Inject
    Permissions permissions;

    @Inject
    ConsoleAccess access;

    private List<ToolWork> tools = List.of();

    /** One tool's waiting work, under its name. */
    public record ToolWork(String nameKey, List<Link> waiting) {
    }

    /** One line of waiting work with the address of its console page. */
    public record Link(Waiting work, String href) {
    }

    /** f:viewAction. */
    public void load() throws IOException {
        Community community = tenant.require();
        String admin = "/" + community.slug() + "/admin";
        tools = registry.enabledIn(community).stream()
                .filter(tool -> !tool.console(community.id()).isEmpty())
                .map(tool -> new ToolWork(tool.key() + ".tool.name", tool.waiting(community).stream()
                        .map(work -> new Link(work, admin + work.path())).toList()))
                .toList();
        if (tools.isEmpty() && !permissions.allows(Action.CONSOLE_VIEW, community.id())) {
            access.refuse(admin + "/");
        }
    }

    public List<ToolWork> getTools() {
        return tools;
    }
}
