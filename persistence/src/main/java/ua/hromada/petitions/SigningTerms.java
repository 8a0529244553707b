package ua.hromada.petitions;

import java.time.Instant;
import ua.hromada.core.identity.SignInStrength;

/**
 * What signing a petition depends on, and nothing else: read in one statement on the signing hot
 * path, and the petition's own answer to whether a signature given now counts.
 */
public record SigningTerms(Long communityId, PetitionStatus status, Eligibility signers, SignInStrength signIn,
        boolean continueAfterThreshold, Instant collectionEndsAt) {

    /** Whether a signature given at {@code now} counts. */
    public boolean isCollecting(Instant now) {
        boolean open = status == PetitionStatus.COLLECTING
                || (status == PetitionStatus.UNDER_CONSIDERATION && continueAfterThreshold);
        return open && collectionEndsAt != null && now.isBefore(collectionEndsAt);
    }
}
