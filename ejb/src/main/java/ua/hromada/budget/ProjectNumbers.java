package ua.hromada.budget;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Project numbers are strings ({@code 24}, {@code P0076}): digit-only ones order numerically and
 * before the others, which order as text; equal values ({@code 076}, {@code 76}) then as text, so
 * the order is total and every tie-break that ends in "lower number" is decided.
 */
public final class ProjectNumbers {
    public static final Comparator<String> ORDER = ProjectNumbers::compare;

    private ProjectNumbers() {
    }

    private static int compare(String a, String b) {
        boolean digitsA = digitsOnly(a);
        boolean digitsB = digitsOnly(b);
        if (digitsA && digitsB) {
            int byValue = new BigInteger(a).compareTo(new BigInteger(b));
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        if (digitsA != digitsB) {
            return digitsA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean digitsOnly(String number) {
        return !number.isEmpty() && number.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
