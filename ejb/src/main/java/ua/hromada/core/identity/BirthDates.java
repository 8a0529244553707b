package ua.hromada.core.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates of birth as identity providers state them: the OpenID Connect {@code birthdate} claim
 * ({@code YYYY-MM-DD}; a year of {@code 0000} or a year alone says too little), or the Ukrainian
 * tax number (РНОКПП), whose first five digits count the days from 31 December 1899 and whose
 * tenth is a check digit. Anything else states nothing.
 */
public final class BirthDates {
    private static final Pattern CLAIM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TAX_NUMBER = Pattern.compile("\\d{10}");
    private static final int[] WEIGHTS = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 31);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private BirthDates() {
    }

    /** The claim's date, if it is a whole date between 1900 and {@code today}. */
    public static Optional<LocalDate> fromClaim(Object claim, LocalDate today) {
        if (!(claim instanceof String text) || !CLAIM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return plausible(LocalDate.parse(text), today);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date a tax number encodes, if it is one (ten digits, the check digit right) and the date is not after {@code today}. */
    public static Optional<LocalDate> fromTaxNumber(String identifier, LocalDate today) {
        if (identifier == null || !TAX_NUMBER.matcher(identifier).matches() || checkDigit(identifier) != identifier.charAt(9) - '0') {
            return Optional.empty();
        }
        return plausible(DAY_ZERO.plusDays(Integer.parseInt(identifier.substring(0, 5))), today);
    }

    /** The tenth digit the first nine of a tax number call for (tests make numbers with it too). */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return Math.floorMod(sum, 11) % 10;
    }

    private static Optional<LocalDate> plausible(LocalDate date, LocalDate today) {
        return date.isBefore(EARLIEST) || date.isAfter(today) ? Optional.empty() : Optional.of(date);
    }
}
