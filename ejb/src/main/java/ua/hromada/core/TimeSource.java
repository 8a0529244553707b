package ua.hromada.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one place the application asks what time it is; tests build beans with a fixed clock. It
 * ticks in microseconds, the precision MariaDB stores, so an instant reads back as it was written.
 */
@ApplicationScoped
public class TimeSource {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return new MicrosecondClock();
    }

    /**
     * UTC truncated to microseconds. Not {@code Clock.tick(systemUTC, 1 µs)}: its {@code millis()}
     * divides by a whole number of milliseconds per tick, which is zero for a microsecond tick.
     */
    static final class MicrosecondClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }
}
