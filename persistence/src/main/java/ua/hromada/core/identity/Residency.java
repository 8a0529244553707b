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

/**
 * A person lives in a community: verified when a strong sign-in's address claim says so, or only
 * declared by the person (e-mail + phone sign-in). Either way it makes them a RESIDENT there.
 */
@Entity
@Table(name = "residency")
@NamedQuery(name = Residency.OF_PERSON, query = "select r from Residency r where r.personId = :person order by r.since, r.id")
public class Residency {
    public static final String OF_PERSON = "Residency.ofPerson";

    /** Where the platform learnt it. */
    public enum Source { PROVIDER, DECLARED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private boolean verified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(nullable = false)
    private Instant since;

    protected Residency() {
    }

    public Residency(long personId, long communityId, Source source, Instant now) {
        this.personId = personId;
        this.communityId = communityId;
        this.source = source;
        this.verified = source == Source.PROVIDER;
        this.since = now;
    }

    /** A provider's address confirms what the person had declared. */
    public void verify(Instant now) {
        if (!verified) {
            verified = true;
            source = Source.PROVIDER;
            since = now;
        }
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

    public boolean verified() {
        return verified;
    }

    public Source source() {
        return source;
    }

    public Instant since() {
        return since;
    }
}
