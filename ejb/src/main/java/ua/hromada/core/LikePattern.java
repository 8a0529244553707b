package ua.hromada.core;

/**
 * A LIKE pattern for "contains this text": the text's own wildcards are escaped (with MariaDB's
 * default escape character), so a search for "50%" finds "50%", not everything starting with 50.
 */
public final class LikePattern {
    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
