package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.identity.ResidencyKind;
import ua.hromada.core.identity.SignInStrength;

/**
 * One person's signature under one petition: public (full name, date and time) as the law requires,
 * never withdrawn; a moderator's removal (anti-fraud) takes it out of the count and the list, and
 * the row stays, so the same person cannot sign again. Written by a single INSERT whose unique key (petition, person) makes a second
 * signature impossible, so it is read-only here.
 */
@Entity
@Immutable
@Table(name = "signature")
@NamedQuery(name = Signature.PAGE, query = "select s from Signature s where s.petitionId = :petition and s.removalId is null"
        + " and s.id > :after order by s.id")
@NamedQuery(name = Signature.OF_PERSON, query = "select s from Signature s where s.petitionId = :petition and s.personId = :person")
public class Signature {
    public static final String PAGE = "Signature.page";
    public static final String OF_PERSON = "Signature.ofPerson";

    @Id
    private Long id;

    @Column(name = "petition_id", nullable = false)
    private Long petitionId;

    @TenantId
    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignInStrength strength;

    /** The residency the signature relied on; null for signatures made before it was recorded. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ResidencyKind residency;

    /** The API token that signed (null in a browser): a removal rule may pick one token's signatures. */
    @Column(name = "token_id")
    private Long tokenId;

    /** The removal that took this signature out of the count (null while it counts). */
    @Column(name = "removal_id")
    private Long removalId;

    protected Signature() {
    }

    public Long id() {
        return id;
    }

    public Long petitionId() {
        return petitionId;
    }

    public Long personId() {
        return personId;
    }

    public String fullName() {
        return fullName;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public SignInStrength strength() {
        return strength;
    }

    public ResidencyKind residency() {
        return residency;
    }

    public Long tokenId() {
        return tokenId;
    }

    public Long removalId() {
        return removalId;
    }

    public boolean isRemoved() {
        return removalId != null;
    }
}
