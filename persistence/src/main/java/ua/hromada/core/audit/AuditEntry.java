package ua.hromada.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Who did what to which object, when and in which community. Written in the same transaction. */
@Entity
@Immutable
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.BY_OBJECT, query = "select a from AuditEntry a"
        + " where a.objectType = :type and a.objectId = :id order by a.id")
// Filters left empty are sentinels ('' text, community 0, the whole time line), not nulls: a null
// parameter has no type Hibernate can bind, and the driver inlines the values, so MariaDB folds
// the unused conditions away and picks the index of the ones that remain.
@NamedQuery(name = AuditEntry.PAGE, query = "select a from AuditEntry a where (:community = 0 or a.communityId = :community)"
        + " and (:action = '' or a.action = :action) and (:actor = '' or a.actor = :actor)"
        + " and a.at >= :from and a.at < :to and a.id < :before order by a.id desc")
@NamedQuery(name = AuditEntry.BY_ACTOR, query = "select a from AuditEntry a where a.actor = :actor order by a.id desc")
public class AuditEntry {
    public static final String BY_OBJECT = "AuditEntry.byObject";
    public static final String BY_ACTOR = "AuditEntry.byActor";
    public static final String PAGE = "AuditEntry.page";
    public static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(name = "community_id", updatable = false)
    private Long communityId;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 64)
    private String objectId;

    @Column(updatable = false, length = SUMMARY_MAX)
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, Long communityId, String action, String objectType,
            String objectId, String summary) {
        this.at = at;
        this.actor = actor;
        this.communityId = communityId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.summary = summary == null || summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Long communityId() {
        return communityId;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String summary() {
        return summary;
    }
}
