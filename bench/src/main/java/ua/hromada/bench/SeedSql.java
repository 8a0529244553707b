package ua.hromada.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/** What the set-based seeders share: one statement with text parameters, and a progress line with the seconds since they began. */
final class SeedSql {
    private SeedSql() {
    }

    static void exec(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            q.executeUpdate();
        }
    }

    /** "  {part}: {what} (n s)". */
    static void progress(String part, String what, long t0) {
        System.out.printf(Locale.ROOT, "  %s: %s (%d s)%n", part, what, (System.nanoTime() - t0) / 1_000_000_000L);
    }
}
