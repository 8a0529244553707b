package ua.hromada.core.tool;

/**
 * Work that waits for the signed-in official in one of a tool's consoles, for the console home:
 * how many items, how many fall due today and how many are overdue, and the console page (the path
 * after {@code /{community}/admin}) where they are worked through. {@code labelKey} names the work
 * ("Waiting for moderation"); the page shows the numbers beside it.
 */
public record Waiting(String labelKey, long count, long dueToday, long overdue, String path) {
    public Waiting {
        if (count < 0 || dueToday < 0 || overdue < 0 || dueToday + overdue > count) {
            throw new IllegalArgumentException("inconsistent counts for " + labelKey);
        }
    }

    /** Work without due dates (new reports): only a count. */
    public static Waiting undated(String labelKey, long count, String path) {
        return new Waiting(labelKey, count, 0, 0, path);
    }
}
