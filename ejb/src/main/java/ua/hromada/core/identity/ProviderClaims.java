package ua.hromada.core.identity;

import java.time.LocalDate;

/**
 * What a strong sign-in's verified ID token says about the person: the national identifier (only
 * its key is kept), the full name, which provider and subject, the address's {@code locality}
 * and {@code region} (either may be null; they decide verified residency) and the date of birth
 * (null when the provider stated none).
 */
public record ProviderClaims(String nationalIdentifier, String fullName, String provider, String subject, String locality,
        String region, LocalDate birthDate) {
}
