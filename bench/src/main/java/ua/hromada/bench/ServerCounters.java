package ua.hromada.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MariaDB's global statement counters around a step: divided by the attempts answered (all of them
 * signatures in a healthy step), they say what the database did per signature (queries, writes,
 * commits, fsyncs), the first thing to look
 * at when the application is slower than the raw reference. Everything on the server counts, the
 * tally and the bench's own few queries included.
 */
final class ServerCounters {
    static final List<String> NAMES = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_commit",
            "Com_rollback", "Innodb_data_fsyncs");

    private final Map<String, Long> values;

    private ServerCounters(Map<String, Long> values) {
        this.values = values;
    }

    static ServerCounters read(Connection db) throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("show global status where variable_name in ("
                + String.join(", ", NAMES.stream().map(n -> "'" + n + "'").toList()) + ")")) {
            while (r.next()) {
                values.put(r.getString(1), r.getLong(2));
            }
        }
        return new ServerCounters(values);
    }

    static String header() {
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "| %-24s |", "per answered attempt"));
        StringBuilder line = new StringBuilder("|" + "-".repeat(26) + "|");
        for (String name : NAMES) {
            h.append(String.format(Locale.ROOT, " %12s |", name.replace("Innodb_data_fsyncs", "fsyncs")));
            line.append("-".repeat(14)).append('|');
        }
        return h + "\n" + line;
    }

    /** What happened between {@code before} and this, per answered attempt of the step. */
    String rowSince(ServerCounters before, String step, long attempts) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %-24s |", step));
        for (String name : NAMES) {
            long delta = values.getOrDefault(name, 0L) - before.values.getOrDefault(name, 0L);
            row.append(String.format(Locale.ROOT, " %12.2f |", attempts == 0 ? 0.0 : (double) delta / attempts));
        }
        return row.toString();
    }
}
