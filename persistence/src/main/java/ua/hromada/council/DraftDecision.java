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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/**
 * A draft decision of the council: its registration number (unique in the community), title,
 * initiator, responsible committee and co-sponsors among the deputies; its texts are
 * {@link DraftVersion}s, of which the one numbered {@link #currentVersion()} is current.
 */
@Entity
@Table(name = "council_draft")
@NamedQuery(name = DraftDecision.ALL, query = "select d from DraftDecision d order by d.registeredAt desc, d.id desc")
public class DraftDecision {
    public static final String ALL = "DraftDecision.all";
    public static final int NUMBER_MAX = 40;
    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 300;
    public static final int INITIATOR_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = INITIATOR_MAX)
    private String initiator;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200) // a list of deputies or an agenda loads them in one more query, not one each
    @CollectionTable(name = "council_draft_sponsor", joinColumns = @JoinColumn(name = "draft_id"))
    @Column(name = "deputy_id")
    private Set<Long> sponsorIds = new TreeSet<>();

    @Version
    private long version;

    protected DraftDecision() {
    }

    /** A registered draft with its first version (number 1) to follow. */
    public DraftDecision(String number, String title, String initiator, long committeeId, Instant now) {
        this.number = Wording.line(number, 1, NUMBER_MAX, "council.draft.number.length");
        if (!this.number.matches("[\\p{L}\\p{N}/.\\-]+")) {
            throw new InvalidInputException("council.draft.number.form");
        }
        this.title = Wording.line(title, TITLE_MIN, TITLE_MAX, "council.draft.title.length");
        this.initiator = Wording.line(initiator, 3, INITIATOR_MAX, "council.draft.initiator.length");
        this.committeeId = committeeId;
        this.currentVersion = 1;
        this.registeredAt = now;
        this.changedAt = now;
    }

    /** A new version becomes current (the earlier ones stay): answers its number. */
    public int revise(Instant now) {
        currentVersion++;
        changedAt = now;
        return currentVersion;
    }

    /** The co-sponsors, deputies' profile ids the bean checked are the community's. */
    public void sponsoredBy(Collection<Long> deputies) {
        sponsorIds.clear();
        sponsorIds.addAll(deputies);
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String initiator() {
        return initiator;
    }

    public long committeeId() {
        return committeeId;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Set<Long> sponsorIds() {
        return Set.copyOf(sponsorIds);
    }
}
