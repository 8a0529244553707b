package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.notification.Outbox;

/**
 * Officials ask for roles; whoever may grant that role there decides (national moderators for
 * local moderators and national roles, a community's local moderators for its staff roles).
 */
@Stateless
public class AccessRequests {
    /** Roles an official may ask for; residents need no request, administrators are appointed. */
    public static final Set<Role> REQUESTABLE = EnumSet.of(Role.LOCAL_MODERATOR, Role.SCHOOL_MODERATOR,
            Role.DEPARTMENT_EXECUTOR, Role.DEPUTY, Role.SECRETARIAT_OFFICER, Role.NATIONAL_MODERATOR);
    /** Requests one person may send in a day, over all roles and communities. */
    public static final int REQUESTS_PER_DAY = 5;
    static final String OBJECT = "access_request";

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    RoleGrants grants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /**
     * Any signed-in person: asks for a role, in a community or (national roles) platform-wide; one
     * pending request per role and place, at most {@link #REQUESTS_PER_DAY} a day. The person's row
     * is locked first, so parallel requests by one person queue and both limits hold.
     */
    public AccessRequest submit(Long communityId, Role role, String position, String organisation, String workEmail,
            String workPhone, String justification, Instant until) {
        Long person = Acting.current().personId();
        if (person == null) {
            throw new ForbiddenException("access.signin-required");
        }
        if (role == null || !REQUESTABLE.contains(role) || GrantRules.isPlatformRole(role) != (communityId == null)) {
            throw new InvalidInputException("role.grant.scope", String.valueOf(role));
        }
        Instant now = clock.instant();
        AccessRequest request = new AccessRequest(person, communityId, role, position, organisation, workEmail,
                workPhone, justification, until, now);
        em.find(Person.class, person, LockModeType.PESSIMISTIC_WRITE);
        long pending = em.createNamedQuery(AccessRequest.PENDING_OF_PERSON, Long.class).setParameter("person", person)
                .setParameter("role", role).setParameter("community", communityId == null ? 0L : communityId)
                .getSingleResult();
        if (pending > 0) {
            throw new ConflictException("access.already-pending", role.name());
        }
        long today = em.createNamedQuery(AccessRequest.COUNT_SINCE, Long.class).setParameter("person", person)
                .setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= REQUESTS_PER_DAY) {
            throw new ConflictException("access.too-many", REQUESTS_PER_DAY);
        }
        em.persist(request);
        em.flush();
        audit.record(communityId, "access.request", OBJECT, request.id(), role + " for person " + person);
        return request;
    }

    /** Any signed-in person: their own requests, newest first. */
    public List<AccessRequest> mine() {
        Long person = Acting.current().personId();
        return person == null ? List.of() : em.createNamedQuery(AccessRequest.OF_PERSON, AccessRequest.class)
                .setParameter("person", person).getResultList();
    }

    /** Moderators: the pending requests they may decide, optionally of one community only. */
    public List<AccessRequest> decidable(Long onlyCommunity) {
        if (onlyCommunity != null) {
            // a community's list is its console's: another community's officials are refused, not shown nothing
            permissions.require(Action.CONSOLE_VIEW, onlyCommunity);
        }
        Actor actor = Acting.current();
        return em.createNamedQuery(AccessRequest.PENDING, AccessRequest.class).setMaxResults(500).getResultStream()
                .filter(r -> onlyCommunity == null || onlyCommunity.equals(r.communityId()))
                .filter(r -> mayDecide(actor, r))
                .toList();
    }

    /** Whoever may grant the requested role there: approves (granting it) or rejects with a reason. */
    public AccessRequest decide(long id, boolean approve, String reason) {
        AccessRequest request = em.find(AccessRequest.class, id);
        if (request == null) {
            throw new NotFoundException("access.not-found", id);
        }
        if (!mayDecide(Acting.current(), request)) {
            throw new ForbiddenException("role.grant.forbidden", request.role().name());
        }
        Instant now = clock.instant();
        request.decide(approve, Acting.current().name(), reason, now);
        if (approve) {
            grants.grant(request.personId(), request.communityId(), request.role(), request.until());
        }
        audit.record(request.communityId(), approve ? "access.approve" : "access.reject", OBJECT, id,
                request.role() + " for person " + request.personId() + (reason == null ? "" : ": " + reason));
        outbox.email(request.communityId(), request.workEmail(), decisionSubject(approve),
                decisionBody(request, approve, reason));
        return request;
    }

    // Bilingual plain text: the requester's language is not known to the platform yet.
    private static String decisionSubject(boolean approved) {
        return approved ? "Громада: запит на доступ схвалено / access request approved"
                : "Громада: запит на доступ відхилено / access request rejected";
    }

    private static String decisionBody(AccessRequest request, boolean approved, String reason) {
        String uk = approved ? "Ваш запит на роль " + request.role() + " схвалено. Увійдіть, щоб почати роботу."
                : "Ваш запит на роль " + request.role() + " відхилено. Причина: " + reason;
        String en = approved ? "Your request for the role " + request.role() + " is approved. Sign in to start."
                : "Your request for the role " + request.role() + " is rejected. Reason: " + reason;
        return uk + "\n\n" + en + "\n";
    }

    private boolean mayDecide(Actor actor, AccessRequest request) {
        return Acting.as(actor, () -> permissions.allows(Action.ROLE_GRANT, request.communityId()))
                && GrantRules.mayGrant(actor.rolesIn(request.communityId()), request.role())
                && !Long.valueOf(request.personId()).equals(actor.personId());
    }
}
