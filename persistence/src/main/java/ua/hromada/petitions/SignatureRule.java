package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.ResidencyKind;
import ua.hromada.core.identity.SignInStrength;

/**
 * Which signatures of a petition a removal picks: each part that is set narrows the set (sign-in
 * kind, residency kind, the API token that signed, signed from / before an instant); at least
 * one part is set, so a removal never takes a petition's signatures wholesale by accident.
 */
@Embeddable
public class SignatureRule {
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_strength", length = 16, updatable = false)
    private SignInStrength strength;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_residency", length = 16, updatable = false)
    private ResidencyKind residency;

    @Column(name = "rule_token_id", updatable = false)
    private Long tokenId;

    @Column(name = "rule_signed_from", updatable = false)
    private Instant signedFrom;

    @Column(name = "rule_signed_to", updatable = false)
    private Instant signedTo;

    protected SignatureRule() {
    }

    public SignatureRule(SignInStrength strength, ResidencyKind residency, Long tokenId, Instant signedFrom, Instant signedTo) {
        if (strength == null && residency == null && tokenId == null && signedFrom == null && signedTo == null) {
            throw new InvalidInputException("petition.removal.rule.empty");
        }
        if (signedFrom != null && signedTo != null && !signedFrom.isBefore(signedTo)) {
            throw new InvalidInputException("petition.removal.rule.window");
        }
        this.strength = strength;
        this.residency = residency;
        this.tokenId = tokenId;
        this.signedFrom = signedFrom;
        this.signedTo = signedTo;
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

    public Instant signedFrom() {
        return signedFrom;
    }

    public Instant signedTo() {
        return signedTo;
    }
}
