package ua.hromada.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.TokenScope;

/** A token's invariants: a name, a scope, an expiry within a year; revoked once; its status over time. */
class ApiTokenTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String HASH = "0".repeat(64);

    private static ApiToken token(String label, Instant expires) {
        return new ApiToken(1, 2, TokenScope.SIGN, label, HASH, expires, NOW);
    }

    @Test
    void expiryMustBeInTheFutureAndWithinAYear() {
        assertThatThrownBy(() -> token("bot", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> token("bot", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> token("bot", NOW.plus(Duration.ofDays(365)).plusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(token("bot", NOW.plus(Duration.ofDays(365))).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    }

    @Test
    void labelAndScopeAreRequired() {
        assertThatThrownBy(() -> token(" ", NOW.plusSeconds(60))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> token("x".repeat(101), NOW.plusSeconds(60))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ApiToken(1, 2, null, "bot", HASH, NOW.plusSeconds(60), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(token("  Термінал ЦНАП  ", NOW.plusSeconds(60)).label()).isEqualTo("Термінал ЦНАП");
    }

    @Test
    void statusFollowsExpiryAndRevocationWhichHappensOnce() {
        ApiToken token = token("bot", NOW.plusSeconds(60));
        assertThat(token.status(NOW)).isEqualTo(ApiToken.Status.ACTIVE);
        assertThat(token.status(NOW.plusSeconds(60))).isEqualTo(ApiToken.Status.EXPIRED);
        assertThat(token.revoke("person:1", NOW.plusSeconds(1))).isTrue();
        assertThat(token.revoke("person:1", NOW.plusSeconds(2))).isFalse();
        assertThat(token.revokedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(token.isActive(NOW.plusSeconds(3))).isFalse();
        assertThat(token.status(NOW.plusSeconds(3))).isEqualTo(ApiToken.Status.REVOKED);
    }

    @Test
    void anOfficialRevokesWithAReasonAndTheFirstRevocationStands() {
        ApiToken token = token("bot", NOW.plusSeconds(60));
        assertThatThrownBy(() -> token.revokeBecause("person:9", "  ", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> token.revokeBecause("person:9", "x".repeat(501), NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(token.isActive(NOW)).as("a refused reason revokes nothing").isTrue();
        assertThat(token.revokeBecause("person:9", " Бот розсилає спам ", NOW)).isTrue();
        assertThat(token.revokeReason()).isEqualTo("Бот розсилає спам");
        assertThat(token.revokedBy()).isEqualTo("person:9");
        assertThat(token.revokeBecause("person:10", "Ще раз", NOW.plusSeconds(1))).isFalse();
        assertThat(token.revokeReason()).isEqualTo("Бот розсилає спам");
        assertThat(token.revokedAt()).isEqualTo(NOW);
    }
}
