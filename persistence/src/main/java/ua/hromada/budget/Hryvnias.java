package ua.hromada.budget;

import java.math.BigDecimal;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.MessageKey;

/**
 * Money as people type and read it, held as a whole number of kopecks: "1 500 000", "1500000,50"
 * and "1 500 000.5" are all accepted; more than two decimals, signs and letters are refused
 * (shown back with core's {@link ua.hromada.core.Money}).
 */
public final class Hryvnias {
    /** Ten billion hryvnias in kopecks: more than any community's budget, far below the column's limit. */
    public static final long MAX = 1_000_000_000_000L;

    private Hryvnias() {
    }

    /** Kopecks from what was typed; {@code fieldKey} is the label of the field, named in the refusal. */
    public static long parse(String text, String fieldKey) {
        String digits = text == null ? "" : text.strip().replaceAll("[\\s\\u00a0\\u202f']", "").replace(',', '.');
        if (!digits.matches("\\d{1,13}(\\.\\d{1,2})?")) {
            throw new InvalidInputException("budget.money.invalid", new MessageKey(fieldKey));
        }
        long kopecks = new BigDecimal(digits).movePointRight(2).longValueExact();
        if (kopecks > MAX) {
            throw new InvalidInputException("budget.money.invalid", new MessageKey(fieldKey));
        }
        return kopecks;
    }

    /** The amount as the form shows it to edit: "1500000,50" or "1500000". */
    public static String plain(long kopecks) {
        return kopecks % 100 == 0 ? String.valueOf(kopecks / 100) : BigDecimal.valueOf(kopecks).movePointLeft(2).toPlainString()
                .replace('.', ',');
    }
}
