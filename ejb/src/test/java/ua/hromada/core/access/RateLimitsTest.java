package ua.hromada.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ua.hromada.core.TooManyRequestsException;

class RateLimitsTest {
    private static RateLimits limitsOf(int maxKeys) {
        RateLimits limits = new RateLimits(maxKeys);
        limits.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:30Z"), ZoneOffset.UTC);
        return limits;
    }

    @Test
    void sprayingNewKeysEvictsTheOldestNotTheOneBeingLimited() {
        RateLimits limits = limitsOf(100);
        for (int i = 0; i < 5; i++) {
            limits.admit("sign", "attacker", 5);
        }
        for (int i = 0; i < 1_000; i++) {
            limits.count("sign", "sprayed-" + i);
            limits.exhausted("sign", "attacker", 5); // the limited key keeps being asked about, so it stays
        }
        assertThat(limits.exhausted("sign", "attacker", 5)).as("the attacker's count survived the spray").isTrue();
        assertThatThrownBy(() -> limits.admit("sign", "attacker", 5)).isInstanceOf(TooManyRequestsException.class);
        assertThat(limits.exhausted("sign", "sprayed-0", 1)).as("the oldest sprayed key went").isFalse();
    }

    @Test
    void aNewMinuteStartsEveryCountAgain() {
        RateLimits limits = limitsOf(100);
        limits.admit("code", "+380671234567", 1);
        assertThatThrownBy(() -> limits.admit("code", "+380671234567", 1)).isInstanceOf(TooManyRequestsException.class);
        limits.clock = Clock.fixed(Instant.parse("2026-12-01T10:01:00Z"), ZoneOffset.UTC);
        limits.admit("code", "+380671234567", 1);
    }
}
