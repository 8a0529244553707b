package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/** Someone's request that the moderators look at a published petition again. */
@Entity
@Table(name = "petition_report")
public class PetitionReport {
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false)
    private Long petitionId;

    @TenantId
    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportReason reason;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PetitionReport() {
    }

    public PetitionReport(long petitionId, long personId, ReportReason reason, String note, Instant now) {
        String n = note == null ? "" : note.strip();
        if (reason == null || n.length() > NOTE_MAX) {
            throw new InvalidInputException("petition.report.invalid", NOTE_MAX);
        }
        this.petitionId = petitionId;
        this.personId = personId;
        this.reason = reason;
        this.note = n.isEmpty() ? null : n;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long petitionId() {
        return petitionId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
