package ua.hromada.core.tool;

/** A live number on a tool's card, with the tool's message key that says it ("{0} collecting signatures"). */
public record Figure(long count, String messageKey) {
}
