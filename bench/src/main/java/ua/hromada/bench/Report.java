package ua.hromada.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The bench's tables, as plain text that pastes into Markdown as it is. */
final class Report {
    private Report() {
    }

    static String stepHeader() {
        return String.format(Locale.ROOT, "| %-24s | %8s | %7s | %7s | %7s | %8s | %7s | %5s | %6s | %4s | %4s | %7s | %-16s |",
                "step", "sig/s", "p50 ms", "p95 ms", "p99 ms", "attempts", "signed", "409", "errors", "lost", "dup",
                "rows", "settled (after)")
                + "\n|" + "-".repeat(26) + "|" + "-".repeat(10) + "|" + "-".repeat(9) + "|" + "-".repeat(9) + "|"
                + "-".repeat(9) + "|" + "-".repeat(10) + "|" + "-".repeat(9) + "|" + "-".repeat(7) + "|" + "-".repeat(8) + "|"
                + "-".repeat(6) + "|" + "-".repeat(6) + "|" + "-".repeat(9) + "|" + "-".repeat(18) + "|";
    }

    static String stepRow(Step s) {
        String settled = s.settled < 0 ? "-" : String.format(Locale.ROOT, "%d (%.1f s)", s.settled, s.settleSeconds);
        return String.format(Locale.ROOT, "| %-24s | %8.0f | %7s | %7s | %7s | %8d | %7d | %5d | %6d | %4s | %4s | %7s | %-16s |",
                s.name, s.perSecond(), ms(s.latency, 50), ms(s.latency, 95), ms(s.latency, 99), s.attempts(),
                s.count(Attempt.Outcome.SIGNED), s.count(Attempt.Outcome.ALREADY_SIGNED), s.errors(),
                known(s.lost), known(s.duplicates), known(s.rows), settled);
    }

    static String pageHeader() {
        return String.format(Locale.ROOT, "| %-52s | %8s | %7s | %7s | %7s | %7s | %6s | %8s |",
                "page", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "KiB")
                + "\n|" + "-".repeat(54) + "|" + "-".repeat(10) + "|" + "-".repeat(9) + "|" + "-".repeat(9) + "|"
                + "-".repeat(9) + "|" + "-".repeat(9) + "|" + "-".repeat(8) + "|" + "-".repeat(10) + "|";
    }

    static String pageRow(PageTimings.Result r) {
        return String.format(Locale.ROOT, "| %-52s | %8d | %7s | %7s | %7s | %7s | %6d | %8.1f |",
                r.path(), r.requests(), ms(r.micros(), 50), ms(r.micros(), 95), ms(r.micros(), 99),
                r.micros().getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", r.micros().getMaxValue() / 1000.0),
                r.errors(), r.bytes() / 1024.0);
    }

    /** A percentile in milliseconds with one decimal, "-" without values. */
    static String ms(Histogram micros, double percentile) {
        if (micros.getTotalCount() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f", micros.getValueAtPercentile(percentile) / 1000.0);
    }

    private static String known(long value) {
        return value < 0 ? "-" : Long.toString(value);
    }
}
