package ua.hromada.core.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.notification.Notices;

/**
 * The default hand-over: it is audited and the community's secretariat officers are told, with a
 * link to the source, so a person handles it as an individual request.
 */
@ApplicationScoped
public class SecretariatHandOver implements HandOver {
    @Inject
    RoleGrants grants;

    @Inject
    Notices notices;

    @Inject
    AuditTrail audit;

    @Override
    public void forward(long communityId, long authorPersonId, String title, String text, String sourceLink) {
        List<Long> officers = grants.holderIds(communityId, Set.of(Role.SECRETARIAT_OFFICER));
        String subject = "Громада: звернення до розгляду / a request to handle: " + title;
        for (long officer : officers) {
            notices.tell(officer, communityId, subject, text, sourceLink, true);
        }
        audit.record(communityId, "handover.forward", "handover_source", sourceLink,
                "forwarded to " + officers.size() + " secretariat officer(s): " + title);
    }
}
