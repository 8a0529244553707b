package ua.hromada.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/** One published version of a discussion's draft act: when, by whom, and the moderators' note on what changed. */
@Entity
@Table(name = "regulation_version")
@NamedQuery(name = RegulationVersion.OF_ACT, query = "select v from RegulationVersion v where v.consultationId = :act order by v.version")
public class RegulationVersion {
    public static final String OF_ACT = "RegulationVersion.ofAct";
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 200, updatable = false)
    private String publishedBy;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    protected RegulationVersion() {
    }

    public RegulationVersion(long consultationId, int version, String publishedBy, String note, Instant now) {
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_MAX) {
            throw new InvalidInputException("regulation.note.long", NOTE_MAX);
        }
        this.consultationId = consultationId;
        this.version = version;
        this.publishedBy = publishedBy;
        this.note = n;
        this.publishedAt = now;
    }

    public int version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String note() {
        return note;
    }
}
