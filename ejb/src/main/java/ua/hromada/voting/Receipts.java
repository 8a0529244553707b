package ua.hromada.voting;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Receipt codes: ten characters of an alphabet without look-alikes (no 0/O, 1/I), 50 random bits,
 * shown as {@code ABCDE-FGH23}. A typed code is read forgivingly (case, spaces, the hyphen).
 */
public final class Receipts {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    public static String fresh() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** How a receipt is shown: two groups of five. */
    public static String shown(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** A typed receipt as stored, or empty when it cannot be one. */
    public static Optional<String> read(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
