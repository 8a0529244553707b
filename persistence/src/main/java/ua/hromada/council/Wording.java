package ua.hromada.council;

import ua.hromada.core.InvalidInputException;

/** The council's checks of typed text, shared by its entities: one line or a free text, within bounds. */
final class Wording {
    private Wording() {
    }

    /** One line, inner whitespace collapsed, {@code min}–{@code max} characters; {@code key} names the field's message. */
    static String line(String value, int min, int max, String key) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.length() < min || v.length() > max) {
            throw new InvalidInputException(key, min, max);
        }
        return v;
    }

    /** An optional free text (null when blank), at most {@code max} characters. */
    static String optional(String value, int max, String key) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && v.length() > max) {
            throw new InvalidInputException(key, max);
        }
        return v;
    }
}
