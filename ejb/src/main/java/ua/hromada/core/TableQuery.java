package ua.hromada.core;

/**
 * One page of a console table as an official asks for it: offset paging (queues are short and
 * officials jump to page n), one sort key with its direction, and a search text. The bean that
 * answers decides which sort keys exist; an unknown one sorts by its default. Size 0 asks only
 * for the number of matching rows; {@code rowsOnly} only for the rows, when the asker has just
 * counted them (a lazy table counts, then loads the page: counting twice doubled a long queue's cost).
 */
public record TableQuery(int first, int size, String sortKey, boolean descending, String search, boolean rowsOnly) {
    public static final int SEARCH_MAX = 200;

    public TableQuery(int first, int size, String sortKey, boolean descending, String search) {
        this(first, size, sortKey, descending, search, false);
    }

    public TableQuery {
        first = Math.max(0, first);
        size = Math.max(0, Math.min(size, Page.MAX_LIMIT));
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            search = search.substring(0, SEARCH_MAX);
        }
    }
}
