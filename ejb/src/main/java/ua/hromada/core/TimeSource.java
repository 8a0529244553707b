package ua.hromada.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place the application asks what time it is; tests build beans with a fixed clock. */
@ApplicationScoped
public class TimeSource {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
