package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A moderator's typo correction of a published petition, with the whole title and text it
 * replaced (an audit entry keeps only its first {@code AuditEntry.SUMMARY_MAX} characters). The
 * public sees when each correction was made.
 */
@Entity
@Immutable
@Table(name = "petition_correction")
@NamedQuery(name = PetitionCorrection.OF_PETITION, query = "select c from PetitionCorrection c where c.petitionId = :petition"
        + " order by c.id")
@NamedQuery(name = PetitionCorrection.DATES_OF_PETITION, query = "select c.correctedAt from PetitionCorrection c"
        + " where c.petitionId = :petition order by c.id")
public class PetitionCorrection {
    public static final String OF_PETITION = "PetitionCorrection.ofPetition";
    public static final String DATES_OF_PETITION = "PetitionCorrection.datesOfPetition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "original_title", nullable = false, updatable = false, length = Petition.TITLE_MAX)
    private String originalTitle;

    @Column(name = "original_text", nullable = false, updatable = false, columnDefinition = "text")
    private String originalText;

    protected PetitionCorrection() {
    }

    /** Only {@link Petition#correct}: the record of what it is about to replace. */
    PetitionCorrection(Petition petition, Instant correctedAt) {
        this.petitionId = petition.id();
        this.originalTitle = petition.title();
        this.originalText = petition.text();
        this.correctedAt = correctedAt;
    }

    public Long id() {
        return id;
    }

    public Long petitionId() {
        return petitionId;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public String originalTitle() {
        return originalTitle;
    }

    public String originalText() {
        return originalText;
    }
}
