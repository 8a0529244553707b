package ua.hromada.core.tool;

/**
 * One figure of a tool's statistics, for the statistics API now and the statistics dashboard
 * later: a stable name (lower-case, part of the API), the message key of its label, the value.
 */
public record Statistic(String name, String labelKey, long value) {
    public Statistic {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a statistic's name is lower-case: " + name);
        }
    }
}
