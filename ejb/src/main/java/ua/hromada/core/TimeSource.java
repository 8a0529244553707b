package ua.hromada.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The one place the application asks what time it is; tests build beans with a fixed clock. It
 * ticks in microseconds, the precision MariaDB stores, so an instant reads back as it was written.
 */
@ApplicationScoped
public class TimeSource {
    /** How far this thread's clock runs from the present: set only while demo data is loaded as if earlier. */
    private static final ThreadLocal<Duration> SHIFT = new ThreadLocal<>();

    /**
     * Demo data only: runs {@code work} in this thread with every bean's clock reading {@code at}
     * onwards (time passing as it does), then the present again. The demo loads a contest's earlier
     * stages through the same beans people use, each at the date it would have happened.
     */
    public static <T> T asIf(Instant at, Supplier<T> work) {
        Duration before = SHIFT.get();
        SHIFT.set(Duration.between(Instant.now(), at));
        try {
            return work.get();
        } finally {
            if (before == null) {
                SHIFT.remove();
            } else {
                SHIFT.set(before);
            }
        }
    }

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
            Duration shift = SHIFT.get();
            Instant now = Instant.now();
            return (shift == null ? now : now.plus(shift)).truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            Duration shift = SHIFT.get();
            return shift == null ? System.currentTimeMillis() : instant().toEpochMilli();
        }
    }
}
