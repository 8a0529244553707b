package ua.hromada.core.identity;

import java.util.regex.Pattern;
import ua.hromada.core.InvalidInputException;

/**
 * A phone number in E.164 ({@code +380671234567}). Ukrainian numbers may be typed the way people
 * write them (0671234567, 380 67 123 45 67, (067) 123-45-67, 67 123 45 67); other countries need
 * their "+" code.
 */
public final class PhoneNumber {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\-.]");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern UKRAINIAN = Pattern.compile("\\+380[1-9][0-9]{8}");

    private PhoneNumber() {
    }

    /** The number in E.164, or an {@link InvalidInputException} saying it is not a phone number. */
    public static String e164(String typed) {
        String digits = typed == null ? "" : SEPARATORS.matcher(typed.strip()).replaceAll("");
        String number;
        if (digits.startsWith("+")) {
            number = digits;
        } else if (digits.startsWith("380")) {
            number = "+" + digits;
        } else if (digits.startsWith("0")) {
            number = "+38" + digits;
        } else if (digits.length() == 9) {
            number = "+380" + digits; // the operator code without its leading 0
        } else {
            number = ""; // abroad without the country code: cannot be guessed
        }
        boolean valid = number.startsWith("+380") ? UKRAINIAN.matcher(number).matches() : E164.matcher(number).matches();
        if (!valid) {
            throw new InvalidInputException("signin.code.phone.invalid", String.valueOf(typed));
        }
        return number;
    }
}
