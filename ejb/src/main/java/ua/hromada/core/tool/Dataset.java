package ua.hromada.core.tool;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One open-data set of a tool, listed in the catalogue at {@code /api/v1/open-data}: its name (the
 * last path segment of {@code /api/v1/open-data/<name>} and {@code /api/v1/communities/{c}/open-data/<name>},
 * each also as {@code .csv}), the message key of its title, and when its records last changed
 * (for the current community, or for all when none is set).
 */
public record Dataset(String name, String titleKey, Supplier<Optional<Instant>> lastChange) {
}
