package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import ua.hromada.core.ConflictException;
import ua.hromada.core.DirectSql;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.identity.ResidencyKind;
import ua.hromada.core.identity.SignInStrength;

/**
 * The hot path: a signature is one read of the petition's signing terms and one INSERT, both
 * direct statements (no Hibernate session), and nothing else is written. The unique key
 * (petition, person) refuses a second signature however many arrive at once; the count is the
 * tally's job.
 */
@Stateless
public class Signing {
    // the published name is the person's own, read by the insert itself: no separate read of the
    // person; the shared lock on the person's row makes an account deletion (which locks it
    // exclusively) wait for this signature, or this signature wait for the deletion and find the
    // person closed: the two always see each other
    private static final String INSERT = "insert ignore into signature"
            + " (petition_id, community_id, person_id, full_name, signed_at, strength, residency, token_id)"
            + " select ?, ?, p.id, p.full_name, ?, ?, ?, nullif(?, 0) from person p"
            + " where p.id = ? and p.deleted_at is null and p.merged_into is null lock in share mode";

    /** A person signs each petition once; more attempts than this in a minute are a script. */
    static final int SIGN_ATTEMPTS_PER_MINUTE = 30;

    @Inject
    DirectSql sql;

    @Inject
    PetitionPermissions permissions;

    @Inject
    PetitionReading reading;

    @Inject
    RateLimits rates;

    @Inject
    Clock clock;

    /**
     * Signed-in people the petition's rules admit (residency, sign-in strength), in a browser or
     * through a personal token with scope SIGN for this community: signs a collecting petition of
     * the current community once; a second attempt is refused with 409.
     */
    public Instant sign(long petitionId) {
        SigningTerms petition = reading.signingTerms(petitionId);
        if (!petition.status().isPublic()) {
            throw new ua.hromada.core.NotFoundException("petition.not-found", petitionId);
        }
        permissions.require(PetitionAction.SIGN, petition.communityId(), petition.signers(), petition.signIn());
        Instant now = clock.instant();
        if (!petition.isCollecting(now)) {
            throw new ConflictException("petition.sign.closed", petitionId);
        }
        Actor actor = Acting.current();
        rates.admit("petition.sign", actor.personId(), SIGN_ATTEMPTS_PER_MINUTE);
        ResidencyKind residency = ResidencyKind.of(actor.rolesIn(petition.communityId()));
        if (!insert(petitionId, petition.communityId(), actor.personId(), actor.strength(), residency, now)) {
            throw new ConflictException("petition.sign.twice", petitionId);
        }
        return now;
    }

    /**
     * Petition beans: the signature row itself, false when the person had signed already; with the
     * API token acting, if any (0 stands for none: token ids start at 1).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean insert(Petition petition, long personId, SignInStrength strength, ResidencyKind residency, Instant now) {
        return insert(petition.id(), petition.communityId(), personId, strength, residency, now);
    }

    private boolean insert(long petitionId, long communityId, long personId, SignInStrength strength, ResidencyKind residency,
            Instant now) {
        TokenAccess token = Acting.current().token();
        return sql.update(INSERT, petitionId, communityId, now, strength, residency, token == null ? 0L : token.tokenId(),
                personId) == 1;
    }
}
