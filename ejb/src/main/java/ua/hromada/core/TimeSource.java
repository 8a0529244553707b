package ua.hromada.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one place the application asks what time it is; tests build beans with a fixed clock. It
 * ticks in microseconds, the precision MariaDB stores, so an instant reads back as it was written.
 */
@ApplicationScoped
public class TimeSource {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
