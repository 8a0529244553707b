package ua.hromada.petitions;

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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One step of a petition's public status history. */
@Entity
@Immutable
@Table(name = "petition_event")
@NamedQuery(name = PetitionEvent.OF_PETITION, query = "select e from PetitionEvent e where e.petitionId = :petition order by e.id")
public class PetitionEvent {
    public static final String OF_PETITION = "PetitionEvent.ofPetition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false)
    private Long petitionId;

    @TenantId
    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PetitionStatus status;

    @Column(nullable = false)
    private Instant at;

    @Column(length = Petition.NOTE_MAX)
    private String note;

    protected PetitionEvent() {
    }

    public PetitionEvent(Petition petition, Instant at, String note) {
        this.petitionId = petition.id();
        this.status = petition.status();
        this.at = at;
        this.note = note;
    }

    public PetitionStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
