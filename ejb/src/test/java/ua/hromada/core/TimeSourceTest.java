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
}
