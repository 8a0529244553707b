package ua.hromada.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSourceTest {
    private final Clock clock = new TimeSource().clock();

    @Test
    void instantsHaveMicrosecondsAsMariaDbStoresThem() {
        Instant now = clock.instant();
        assertEquals(0, now.getNano() % 1000, "no nanoseconds below the microsecond");
    }

    @Test
    void millisWorksAndAgreesWithTheInstant() {
        long before = clock.instant().toEpochMilli();
        long millis = clock.millis(); // Clock.tick(systemUTC, 1 µs).millis() threw ArithmeticException
        assertTrue(millis >= before && millis - before < 1000, before + " then " + millis);
    }

    @Test
    void asIfShiftsThisThreadsClockAndGoesBackToThePresent() {
        java.time.Instant then = java.time.Instant.parse("2026-10-01T09:00:00Z");
        java.time.Instant seen = TimeSource.asIf(then, clock::instant);
        assertTrue(!seen.isBefore(then) && seen.isBefore(then.plusSeconds(5)), "read as if " + then + ": " + seen);
        assertTrue(TimeSource.asIf(then, () -> clock.millis()) - then.toEpochMilli() < 5000);
        assertTrue(clock.instant().isAfter(then.plusSeconds(3600 * 24)), "the present again");
    }
}
