package ua.hromada.core.tool;

/** A tool's page in a community console: the path after {@code /{community}/admin} and the label's message key. */
public record ConsoleEntry(String path, String labelKey) {
}
