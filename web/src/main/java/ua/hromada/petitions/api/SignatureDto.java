package ua.hromada.petitions.api;

import java.time.Instant;
import ua.hromada.petitions.Signature;

/** A public signature: the name, the moment and how its signer signed in, as the law publishes them. */
public record SignatureDto(String fullName, Instant signedAt, String signIn) {
    static SignatureDto of(Signature s) {
        return new SignatureDto(s.fullName(), s.signedAt(), s.strength().name());
    }
}
