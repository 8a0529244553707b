package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;

/** Grants and revokes roles; a grant with an end is revoked by the deadline sweeper at its end. */
@Stateless
public class RoleGrants {
    static final String OBJECT = "role_grant";

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    /**
     * Local moderators (community staff roles), national moderators (local moderators) and
     * platform administrators (any role): gives {@code role} to a person, until {@code until} if set.
     */
    public RoleGrant grant(long personId, Long communityId, Role role, Instant until) {
        permissions.require(Action.ROLE_GRANT, communityId);
        Long granter = Acting.current().personId();
        if (granter != null && granter == personId) {
            throw new ForbiddenException("role.grant.self", role.name()); // another official must grant it
        }
        if (!GrantRules.mayGrant(Acting.current().rolesIn(communityId), role)) {
            throw new ForbiddenException("role.grant.forbidden", role.name());
        }
        if (GrantRules.isPlatformRole(role) != (communityId == null)) {
            throw new InvalidInputException("role.grant.scope", role.name());
        }
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw new InvalidInputException("role.grant.until-past");
        }
        if (em.find(Person.class, personId) == null) {
            throw new NotFoundException("person.not-found", personId);
        }
        RoleGrant grant = new RoleGrant(personId, communityId, role, until, Acting.current().name(), now);
        em.persist(grant);
        em.flush();
        if (until != null) {
            deadlines.schedule(RoleGrantExpiry.KIND, grant.id(), communityId, until);
        }
        audit.record(communityId, "role.grant", OBJECT, grant.id(),
                role + " to person " + personId + (until == null ? "" : " until " + until));
        return grant;
    }

    /** A grant as the consoles show it: who holds which role, since and until when. */
    public record Holder(long grantId, String fullName, Role role, Instant since, Instant until) {
        static Holder of(Object[] grantAndPerson) {
            RoleGrant g = (RoleGrant) grantAndPerson[0];
            return new Holder(g.id(), ((Person) grantAndPerson[1]).fullName(), g.role(), g.grantedAt(), g.until());
        }
    }

    /** The community's moderators (console): who holds which role there now. */
    public List<Holder> holdersIn(long communityId) {
        permissions.require(Action.CONSOLE_VIEW, communityId);
        return em.createNamedQuery(RoleGrant.ACTIVE_IN_COMMUNITY, Object[].class)
                .setParameter("community", communityId).setParameter("now", clock.instant()).getResultStream()
                .map(Holder::of).toList();
    }

    /** National moderators and platform administrators (platform console): who holds a platform role now. */
    public List<Holder> platformHolders(Role role) {
        permissions.require(Action.PLATFORM_CONSOLE_VIEW, null);
        if (!GrantRules.isPlatformRole(role)) {
            throw new InvalidInputException("role.grant.scope", String.valueOf(role));
        }
        return em.createNamedQuery(RoleGrant.ACTIVE_PLATFORM_HOLDERS, Object[].class)
                .setParameter("role", role).setParameter("now", clock.instant()).getResultStream()
                .map(Holder::of).toList();
    }

    /** The same people who may grant the role: ends a grant now. */
    public void revoke(long grantId) {
        RoleGrant grant = em.find(RoleGrant.class, grantId);
        if (grant == null) {
            throw new NotFoundException("role.grant.not-found", grantId);
        }
        permissions.require(Action.ROLE_GRANT, grant.communityId());
        if (!GrantRules.mayGrant(Acting.current().rolesIn(grant.communityId()), grant.role())) {
            throw new ForbiddenException("role.grant.forbidden", grant.role().name());
        }
        if (grant.revoke(clock.instant())) {
            audit.record(grant.communityId(), "role.revoke", OBJECT, grantId, grant.role() + " of person " + grant.personId());
        }
    }

    /** Any bean, to notify officials: the people holding one of {@code roles} in the community now. */
    public List<Long> holderIds(long communityId, Set<Role> roles) {
        return em.createQuery("select distinct g.personId from RoleGrant g where g.communityId = :community"
                + " and g.role in :roles and g.revokedAt is null and (g.until is null or g.until > :now)", Long.class)
                .setParameter("community", communityId).setParameter("roles", roles)
                .setParameter("now", clock.instant()).getResultList();
    }
}
