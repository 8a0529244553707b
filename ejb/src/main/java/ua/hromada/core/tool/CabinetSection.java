package ua.hromada.core.tool;

/** A tool's page in the person's cabinet: its address (from the context root) and the label's message key. */
public record CabinetSection(String path, String labelKey) {
}
