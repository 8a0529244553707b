package ua.hromada.council;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * A deputy's public profile in the council: the person (holding the DEPUTY role in the community)
 * under the name they are known by, their faction, standing committees, electoral district and
 * the contacts they make public. Kept by the secretariat.
 */
@Entity
@Table(name = "council_deputy")
@NamedQuery(name = DeputyProfile.ALL, query = "select d from DeputyProfile d order by d.name, d.id")
@NamedQuery(name = DeputyProfile.OF_PERSON, query = "select d from DeputyProfile d where d.personId = :person")
public class DeputyProfile {
    public static final String ALL = "DeputyProfile.all";
    public static final String OF_PERSON = "DeputyProfile.ofPerson";
    public static final int DISTRICT_MAX = 200;
    public static final int CONTACTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "faction_id")
    private Long factionId;

    @Column(length = DISTRICT_MAX)
    private String district;

    @Column(length = CONTACTS_MAX)
    private String contacts;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200) // a list of deputies or an agenda loads them in one more query, not one each
    @CollectionTable(name = "council_deputy_committee", joinColumns = @JoinColumn(name = "deputy_id"))
    @Column(name = "committee_id")
    private Set<Long> committeeIds = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DeputyProfile() {
    }

    /** {@code name}: the person's name as the identity provider gave it. */
    public DeputyProfile(long personId, String name, Instant now) {
        this.personId = personId;
        this.name = name;
        this.createdAt = now;
    }

    /** Faction (or none), committees, district and public contacts; the bean checks the ids are the community's. */
    public void describe(Long newFaction, Collection<Long> newCommittees, String newDistrict, String newContacts) {
        this.district = Wording.optional(newDistrict, DISTRICT_MAX, "council.deputy.district.length");
        this.contacts = Wording.optional(newContacts, CONTACTS_MAX, "council.deputy.contacts.length");
        this.factionId = newFaction;
        this.committeeIds.clear();
        this.committeeIds.addAll(newCommittees);
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public Long factionId() {
        return factionId;
    }

    public String district() {
        return district;
    }

    public String contacts() {
        return contacts;
    }

    public Set<Long> committeeIds() {
        return Set.copyOf(committeeIds);
    }
}
