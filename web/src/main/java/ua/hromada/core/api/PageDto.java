package ua.hromada.core.api;

import java.util.List;
import java.util.function.Function;
import ua.hromada.core.Page;

/** A page of a list; pass {@code nextCursor} as {@code cursor} to get the next one (null: last page). */
public record PageDto<T>(List<T> items, String nextCursor) {
    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> toDto) {
        return new PageDto<>(page.items().stream().map(toDto).toList(), page.nextCursor());
    }
}
