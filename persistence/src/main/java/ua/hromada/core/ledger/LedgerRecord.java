package ua.hromada.core.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an entry's payload says, as lines of {@code name=value} in a fixed order (names are the
 * tool's; a value's backslashes and line breaks are escaped as {@code \\} and {@code \n}). Simple
 * enough for a recount script in any language; the hash is over the payload's text as published.
 */
public final class LedgerRecord {
    private final Map<String, String> fields;

    private LedgerRecord(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** A record of the given type (its first line, {@code type=...}). */
    public static LedgerRecord of(String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", type);
        return new LedgerRecord(fields);
    }

    /** The same record with one more field (a later value of the same name replaces it in place). */
    public LedgerRecord with(String name, Object value) {
        if (name.isEmpty() || name.contains("=") || name.contains("\n")) {
            throw new IllegalArgumentException("not a field name: " + name);
        }
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, String.valueOf(value));
        return new LedgerRecord(more);
    }

    public String type() {
        return fields.get("type");
    }

    /** A field's value, or null. */
    public String get(String name) {
        return fields.get(name);
    }

    public String encode() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(field.getKey()).append('=').append(field.getValue().replace("\\", "\\\\").replace("\n", "\\n"));
        }
        return s.toString();
    }

    /** The record a payload encodes; a line without {@code =} is refused. */
    public static LedgerRecord decode(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : payload.split("\n", -1)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a ledger record line: " + line);
            }
            fields.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        return new LedgerRecord(fields);
    }

    private static String unescape(String value) {
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                s.append(next == 'n' ? '\n' : next);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
