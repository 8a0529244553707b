package ua.hromada.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;

/**
 * The month of a UTC {@code DATETIME} column in each community's time zone, as a SQL expression
 * ({@code yyyy * 100 + MM}), for aggregates by local month. MariaDB's own {@code CONVERT_TZ} needs
 * time-zone tables that a plain install does not load, so the zone rules come from Java: the
 * column is shifted by the offset in force at its instant, a {@code CASE} over the offset changes
 * (summer time) between the earliest and latest instant counted.
 */
public final class LocalMonths {
    private LocalMonths() {
    }

    /** The span of instants a zone's rows have, to bound the offset changes written out. */
    public record Span(Instant from, Instant to) {
    }

    /**
     * The local month of {@code column} where {@code zoneColumn} names each row's zone, for the
     * zones in {@code spans}; parameters are appended to {@code parameters} as {@code ?n} in order.
     */
    public static String of(String column, String zoneColumn, Map<ZoneId, Span> spans, List<Object> parameters) {
        StringBuilder offset = new StringBuilder("case ").append(zoneColumn);
        spans.forEach((zone, span) -> offset.append(" when ").append(parameter(zone.getId(), parameters)).append(" then ")
                .append(offsetSeconds(column, zone, span, parameters)));
        offset.append(" else 0 end");
        return "extract(year_month from " + column + " + interval (" + offset + ") second)";
    }

    /** The zone's offset from UTC in seconds at the column's instant, for instants within {@code span}. */
    static String offsetSeconds(String column, ZoneId zone, Span span, List<Object> parameters) {
        ZoneRules rules = zone.getRules();
        String last = String.valueOf(rules.getOffset(span.to()).getTotalSeconds());
        ZoneOffsetTransition change = rules.nextTransition(span.from());
        if (change == null || change.getInstant().isAfter(span.to())) {
            return last; // no change of offset in the span (or ever)
        }
        StringBuilder sql = new StringBuilder("case");
        while (change != null && !change.getInstant().isAfter(span.to())) {
            sql.append(" when ").append(column).append(" < ").append(parameter(change.getInstant(), parameters)).append(" then ")
                    .append(change.getOffsetBefore().getTotalSeconds());
            change = rules.nextTransition(change.getInstant());
        }
        return sql.append(" else ").append(last).append(" end").toString();
    }

    private static String parameter(Object value, List<Object> parameters) {
        parameters.add(value);
        return "?" + parameters.size();
    }
}
