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
import java.util.regex.Pattern;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Role;

/**
 * An official's request for a role, made while signed in (name and identity come from the
 * account; no identifier is typed or stored here). Decided once: approved or rejected with a reason.
 */
@Entity
@Table(name = "access_request")
@NamedQuery(name = AccessRequest.PENDING, query = "select r from AccessRequest r where r.status = 'PENDING' order by r.id")
@NamedQuery(name = AccessRequest.OF_PERSON, query = "select r from AccessRequest r where r.personId = :person order by r.id desc")
// community 0 stands for platform-wide (null): a null parameter has no type Hibernate can bind
@NamedQuery(name = AccessRequest.PENDING_OF_PERSON, query = "select count(r) from AccessRequest r where r.personId = :person"
        + " and r.role = :role and coalesce(r.communityId, 0) = :community and r.status = 'PENDING'")
@NamedQuery(name = AccessRequest.COUNT_SINCE, query = "select count(r) from AccessRequest r where r.personId = :person"
        + " and r.createdAt > :since")
public class AccessRequest {
    public static final String PENDING = "AccessRequest.pending";
    public static final String OF_PERSON = "AccessRequest.ofPerson";
    public static final String PENDING_OF_PERSON = "AccessRequest.pendingOfPerson";
    public static final String COUNT_SINCE = "AccessRequest.countSince";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");

    public enum Status { PENDING, APPROVED, REJECTED }

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

    @Column(nullable = false, length = 200, updatable = false)
    private String position;

    @Column(nullable = false, length = 200, updatable = false)
    private String organisation;

    /** Where the decision is sent; cleared (null) when the person deletes their account. */
    @Column(name = "work_email", length = 200, updatable = false)
    private String workEmail;

    @Column(name = "work_phone", length = 32, updatable = false)
    private String workPhone;

    @Column(nullable = false, length = 2000, updatable = false)
    private String justification;

    @Column(name = "until", updatable = false)
    private Instant until;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected AccessRequest() {
    }

    public AccessRequest(long personId, Long communityId, Role role, String position, String organisation,
            String workEmail, String workPhone, String justification, Instant until, Instant now) {
        this.personId = personId;
        this.communityId = communityId;
        this.role = role;
        this.position = text(position, 200, "access.position.invalid");
        this.organisation = text(organisation, 200, "access.organisation.invalid");
        this.workEmail = matching(workEmail, Person.EMAIL, "access.email.invalid");
        this.workPhone = matching(workPhone, PHONE, "access.phone.invalid");
        this.justification = text(justification, 2000, "access.justification.invalid");
        if (until != null && !until.isAfter(now)) {
            throw new InvalidInputException("role.grant.until-past");
        }
        this.until = until;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    private static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInputException(key, max);
        }
        return value.strip();
    }

    private static String matching(String value, Pattern pattern, String key) {
        if (value == null || !pattern.matcher(value.strip()).matches()) {
            throw new InvalidInputException(key, String.valueOf(value));
        }
        return value.strip();
    }

    public void decide(boolean approved, String by, String reason, Instant now) {
        if (status != Status.PENDING) {
            throw new ConflictException("access.already-decided", id);
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("access.reason.required");
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionReason = reason == null ? null : text(reason, 1000, "access.reason.required");
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

    public String position() {
        return position;
    }

    public String organisation() {
        return organisation;
    }

    public String workEmail() {
        return workEmail;
    }

    public String workPhone() {
        return workPhone;
    }

    public String justification() {
        return justification;
    }

    public Instant until() {
        return until;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
