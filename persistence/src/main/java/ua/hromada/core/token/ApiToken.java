package ua.hromada.core.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.TokenScope;

/**
 * A personal API token: a person lets a program act for them in one community with one scope until
 * it expires or is revoked. Only the SHA-256 of the secret is stored. Platform table (not
 * tenant-filtered): the API filter finds a token by its hash before any tenant is known.
 */
@Entity
@Table(name = "api_token")
// only the columns that changed: a last-use stamp must never write back a stale revoked_at
@DynamicUpdate
@NamedQuery(name = ApiToken.OF_PERSON, query = "select t, c from ApiToken t, Community c where c.id = t.communityId"
        + " and t.personId = :person order by t.id desc")
@NamedQuery(name = ApiToken.OF_COMMUNITY, query = "select t, p.fullName from ApiToken t, Person p where p.id = t.personId"
        + " and t.communityId = :community and t.id < :before and (:owner = '' or lower(p.fullName) like :like)"
        + " order by t.id desc")
@NamedQuery(name = ApiToken.ACTIVE_COUNT, query = "select count(t) from ApiToken t where t.personId = :person"
        + " and t.revokedAt is null and t.expiresAt > :now")
@NamedQuery(name = ApiToken.MARK_USED, query = "update ApiToken t set t.lastUsedAt = :at where t.id in :ids"
        + " and (t.lastUsedAt is null or t.lastUsedAt < :at)")
public class ApiToken {
    public static final String OF_PERSON = "ApiToken.ofPerson";
    public static final String OF_COMMUNITY = "ApiToken.ofCommunity";
    public static final String ACTIVE_COUNT = "ApiToken.activeCount";
    public static final String MARK_USED = "ApiToken.markUsed";
    public static final int LABEL_MAX = 100;
    public static final int REASON_MAX = 500;
    /** The longest life a token may be issued for: a leaked, forgotten token dies within a year. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(365);

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private TokenScope scope;

    @Column(nullable = false, length = LABEL_MAX, updatable = false)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 200)
    private String revokedBy;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(long personId, long communityId, TokenScope scope, String label, String tokenHash, Instant expiresAt,
            Instant now) {
        if (scope == null) {
            throw new InvalidInputException("token.scope.required");
        }
        if (label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
            throw new InvalidInputException("token.label.invalid", LABEL_MAX);
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("token.expiry.invalid", MAX_LIFETIME.toDays());
        }
        this.personId = personId;
        this.communityId = communityId;
        this.scope = scope;
        this.label = label.strip();
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    /** Ends the token now; false when it was revoked already (nothing to record then). */
    public boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    /**
     * An official (not the owner) ends the token now and says why, for the owner to read; false when
     * it was revoked already (the first revocation and its reason stand).
     */
    public boolean revokeBecause(String by, String reason, Instant now) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException("token.revoke.reason.invalid", REASON_MAX);
        }
        if (!revoke(by, now)) {
            return false;
        }
        revokeReason = reason.strip();
        return true;
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean isActive(Instant now) {
        return status(now) == Status.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public long communityId() {
        return communityId;
    }

    public TokenScope scope() {
        return scope;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** Who revoked the token (the audit name: {@code person:<id>}), or null. */
    public String revokedBy() {
        return revokedBy;
    }

    /** Why an official revoked the token; null when it is active or its owner revoked it. */
    public String revokeReason() {
        return revokeReason;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
