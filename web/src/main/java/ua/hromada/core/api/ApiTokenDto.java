package ua.hromada.core.api;

import java.time.Instant;
import ua.hromada.core.token.ApiTokens;

/** One of the caller's API tokens (never its secret, which only its issue showed). */
public record ApiTokenDto(long id, String label, String community, String scope, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, String status) {
    static ApiTokenDto of(ApiTokens.Listed l) {
        return new ApiTokenDto(l.token().id(), l.token().label(), l.community().slug(), l.token().scope().name(),
                l.token().createdAt(), l.token().expiresAt(), l.token().lastUsedAt(), l.token().revokedAt(), l.status().name());
    }
}
