package ua.hromada.core.api;

import java.time.Instant;
import ua.hromada.core.token.ApiTokens;

/**
 * Who calls: the person's name and, for a call with a token, its community, scope and expiry
 * (absent for a signed-in browser session).
 */
public record CallerDto(String name, String community, String scope, Instant expiresAt) {
    static CallerDto of(ApiTokens.Caller c) {
        return c.token() == null ? new CallerDto(c.fullName(), null, null, null)
                : new CallerDto(c.fullName(), c.community().slug(), c.token().scope().name(), c.token().expiresAt());
    }
}
