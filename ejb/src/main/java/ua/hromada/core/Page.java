package ua.hromada.core;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /**
     * A page from {@code rows} fetched with one row more than {@code limit}: that extra row only
     * tells there is a next page, whose cursor is made from the last row shown.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        return new Page<>(List.copyOf(rows.subList(0, limit)), cursorOf.apply(rows.get(limit - 1)));
    }

    /** A page size a bean was handed, held within 1..100 (a client's size is checked by {@link #limit} first). */
    public static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** Reads a client's page size: absent gives the default, anything outside 1..100 is refused. */
    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value the client sent
        }
        throw new MalformedParameterException("param.limit.invalid", raw, MAX_LIMIT);
    }
}
