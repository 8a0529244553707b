package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tool.AddressedToPerson;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.council.CouncilMessages;

/**
 * The cabinet's council page, its correspondence: the person's threads in every council with what
 * they have not read, and what other tools addressed to them by name (the appeals written to a
 * deputy) with the nearest due date, linking to where they answer — read through core's manifest,
 * so the council names no other tool.
 */
@Named
@RequestScoped
public class MessageCabinet {
    @Inject
    CouncilMessages messages;

    @Inject
    ToolRegistry tools;

    @Inject
    CommunityDirectory communities;

    private List<CouncilMessages.MyThread> threads;
    private List<AddressedToPerson> addressed;

    public List<CouncilMessages.MyThread> getThreads() {
        if (threads == null) {
            threads = messages.mine();
        }
        return threads;
    }

    /** The addresses of the communities where the person is a deputy or a secretariat officer: each has its directory of colleagues. */
    public List<String> getOffices() {
        Set<Long> offices = new TreeSet<>();
        Acting.current().communityRoles().forEach((community, roles) -> {
            if (roles.contains(Role.DEPUTY) || roles.contains(Role.SECRETARIAT_OFFICER)) {
                offices.add(community);
            }
        });
        return offices.isEmpty() ? List.of() : communities.slugsOf(offices).values().stream().sorted().toList();
    }

    public List<AddressedToPerson> getAddressed() {
        if (addressed == null) {
            addressed = new ArrayList<>();
            Long me = Acting.current().personId();
            if (me != null) {
                for (ToolManifest tool : tools.all()) {
                    addressed.addAll(tool.addressedTo(me));
                }
            }
        }
        return addressed;
    }
}
