package ua.hromada.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.DeadlineHandler;

/** Revokes a time-limited grant when its end falls due; an already revoked grant stays as it is. */
@ApplicationScoped
public class RoleGrantExpiry implements DeadlineHandler {
    public static final String KIND = "role-grant.expire";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long subjectId, Long communityId, Instant now) {
        RoleGrant grant = em.find(RoleGrant.class, subjectId);
        if (grant != null && grant.revoke(now)) {
            audit.record(communityId, "role.expire", RoleGrants.OBJECT, subjectId,
                    grant.role() + " of person " + grant.personId() + " ended");
        }
    }
}
