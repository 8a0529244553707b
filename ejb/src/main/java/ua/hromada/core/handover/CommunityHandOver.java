package ua.hromada.core.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * The hand-over of a community's unsettled matter: to the desk of a tool switched on there that
 * registers such requests (its manifest's {@code handOverDesk}); where none is, the community's
 * secretariat officers are told, with a link to the source, so a person handles it. Audited either way.
 */
@ApplicationScoped
public class CommunityHandOver implements HandOver {
    @Inject
    ToolRegistry tools;

    @Inject
    CommunityCache communities;

    @Inject
    CommunityDirectory directory;

    @Inject
    RoleGrants grants;

    @Inject
    Notices notices;

    @Inject
    AuditTrail audit;

    @Override
    public Optional<String> forward(long communityId, long authorPersonId, String title, String text, String sourceLink) {
        Optional<ToolManifest> desk = communities.byId(communityId).or(() -> directory.byId(communityId)).map(tools::enabledIn)
                .orElse(List.of()).stream().filter(tool -> tool.handOverDesk().isPresent()).findFirst();
        if (desk.isPresent()) {
            String status = desk.get().handOverDesk().orElseThrow().receive(communityId, authorPersonId, title, text, sourceLink);
            audit.record(communityId, "handover.forward", "handover_source", sourceLink, "registered by " + desk.get().key() + ": " + title);
            return Optional.of(status);
        }
        List<Long> officers = grants.holderIds(communityId, Set.of(Role.SECRETARIAT_OFFICER));
        String subject = "Громада: звернення до розгляду / a request to handle: " + title;
        for (long officer : officers) {
            notices.tell(officer, communityId, subject, text, sourceLink, true);
        }
        audit.record(communityId, "handover.forward", "handover_source", sourceLink,
                "forwarded to " + officers.size() + " secretariat officer(s): " + title);
        return Optional.empty();
    }
}
