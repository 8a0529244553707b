package ua.hromada.core.audit;

import java.time.Instant;
import ua.hromada.core.InvalidInputException;

/**
 * What an audit reader narrows the log to: one action, one actor (as recorded, e.g.
 * {@code person:42}), a time window [from, to). Blank text and null moments mean "any".
 */
public record AuditFilter(String action, String actor, Instant from, Instant to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null);
    static final int ACTION_MAX = 64;
    static final int ACTOR_MAX = 200;
    // DATETIME's own range; the sentinels keep one named query for every combination of filters
    static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    public AuditFilter {
        action = bounded(action, ACTION_MAX, "audit.action.too-long");
        actor = bounded(actor, ACTOR_MAX, "audit.actor.too-long");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("audit.period.invalid");
        }
    }

    /** Only entries of this action. */
    public static AuditFilter ofAction(String action) {
        return new AuditFilter(action, null, null, null);
    }

    private static String bounded(String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new InvalidInputException(key, max);
        }
        return t;
    }

    Instant fromOrEarliest() {
        return from == null ? EARLIEST : from;
    }

    Instant toOrLatest() {
        return to == null ? LATEST : to;
    }
}
