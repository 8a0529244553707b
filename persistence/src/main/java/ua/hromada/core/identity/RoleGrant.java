package ua.hromada.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ua.hromada.core.access.Role;

/**
 * A role given to a person, in one community or (community null) platform-wide, optionally until
 * a moment. Revocation keeps the row: who held what, when, stays answerable.
 */
@Entity
@Table(name = "role_grant")
@NamedQuery(name = RoleGrant.ACTIVE_OF_PERSON, query = "select g from RoleGrant g where g.personId = :person"
        + " and g.revokedAt is null and (g.until is null or g.until > :now)")
@NamedQuery(name = RoleGrant.ACTIVE_PLATFORM_ROLE, query = "select count(g) from RoleGrant g where g.role = :role"
        + " and g.communityId is null and g.revokedAt is null and (g.until is null or g.until > :now)")
@NamedQuery(name = RoleGrant.ACTIVE_IN_COMMUNITY, query = "select g, p from RoleGrant g, Person p where p.id = g.personId"
        + " and g.communityId = :community and g.revokedAt is null and (g.until is null or g.until > :now) order by g.id")
@NamedQuery(name = RoleGrant.ACTIVE_PLATFORM_HOLDERS, query = "select g, p from RoleGrant g, Person p where p.id = g.personId"
        + " and g.communityId is null and g.role = :role and g.revokedAt is null and (g.until is null or g.until > :now)"
        + " order by g.id")
public class RoleGrant {
    public static final String ACTIVE_PLATFORM_HOLDERS = "RoleGrant.activePlatformHolders";
    public static final String ACTIVE_OF_PERSON = "RoleGrant.activeOfPerson";
    public static final String ACTIVE_IN_COMMUNITY = "RoleGrant.activeInCommunity";
    public static final String ACTIVE_PLATFORM_ROLE = "RoleGrant.activePlatformRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "community_id", updatable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private Role role;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 200, updatable = false)
    private String grantedBy;

    @Column(name = "until")
    private Instant until;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RoleGrant() {
    }

    public RoleGrant(long personId, Long communityId, Role role, Instant until, String grantedBy, Instant now) {
        this.personId = personId;
        this.communityId = communityId;
        this.role = role;
        this.until = until;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    /** Ends the grant now; a second call changes nothing. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Long communityId() {
        return communityId;
    }

    public Role role() {
        return role;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant until() {
        return until;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
