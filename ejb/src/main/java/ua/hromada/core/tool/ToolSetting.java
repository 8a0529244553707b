package ua.hromada.core.tool;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.MessageKey;

/**
 * One setting a tool declares in its manifest: a whole number within bounds, a yes/no flag or one
 * of an enum's values, with its default. Stored as text in {@code community_setting} under
 * {@code name} (which starts with the tool's key and a dot); the community settings console edits
 * it through a form built from these declarations, and the tool reads it typed from here.
 */
public record ToolSetting(String name, String labelKey, Kind kind, String byDefault, int min, int max,
        List<String> choices, String choiceKeyPrefix) {

    public enum Kind { NUMBER, FLAG, CHOICE }

    public static ToolSetting number(String name, String labelKey, int byDefault, int min, int max) {
        if (byDefault < min || byDefault > max) {
            throw new IllegalArgumentException(name + ": default outside its bounds");
        }
        return new ToolSetting(name, labelKey, Kind.NUMBER, String.valueOf(byDefault), min, max, List.of(), null);
    }

    public static ToolSetting flag(String name, String labelKey, boolean byDefault) {
        return new ToolSetting(name, labelKey, Kind.FLAG, String.valueOf(byDefault), 0, 0, List.of(), null);
    }

    /** One of {@code byDefault}'s enum values; each one's label is {@code choiceKeyPrefix + value}. */
    public static <E extends Enum<E>> ToolSetting choice(String name, String labelKey, E byDefault, String choiceKeyPrefix) {
        List<String> values = Arrays.stream(byDefault.getDeclaringClass().getEnumConstants()).map(Enum::name).toList();
        return new ToolSetting(name, labelKey, Kind.CHOICE, byDefault.name(), 0, 0, values, choiceKeyPrefix);
    }

    /**
     * An entered value, checked and in its stored form (a number without spaces or leading zeros,
     * "true"/"false", an enum name); anything else is refused with a message naming the setting.
     */
    public String normalise(String raw) {
        String value = raw == null ? "" : raw.strip();
        switch (kind) {
            case NUMBER -> {
                try {
                    int n = Integer.parseInt(value);
                    if (n >= min && n <= max) {
                        return String.valueOf(n);
                    }
                } catch (NumberFormatException e) {
                    // refused below with the bounds, like any value outside them
                }
                throw new InvalidInputException("tool.setting.number", new MessageKey(labelKey), min, max);
            }
            case FLAG -> {
                if (value.equals("true") || value.equals("false")) {
                    return value;
                }
                throw new InvalidInputException("tool.setting.flag", new MessageKey(labelKey));
            }
            default -> {
                if (choices.contains(value)) {
                    return value;
                }
                throw new InvalidInputException("tool.setting.choice", new MessageKey(labelKey));
            }
        }
    }

    /** The community's value (checked as when it was saved), or the default when it set none. */
    public String valueIn(Map<String, String> settings) {
        String stored = settings.get(name);
        return stored == null || stored.isBlank() ? byDefault : normalise(stored);
    }

    public int numberIn(Map<String, String> settings) {
        return Integer.parseInt(valueIn(settings));
    }

    public boolean flagIn(Map<String, String> settings) {
        return Boolean.parseBoolean(valueIn(settings));
    }

    public <E extends Enum<E>> E choiceIn(Map<String, String> settings, Class<E> type) {
        return Enum.valueOf(type, valueIn(settings));
    }
}
