package ua.hromada.core;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of hryvnias held as a whole number of kopecks, as a message argument too: the texts
 * show it in the reader's way ("1 500 000,50 грн", "UAH 1,500,000.50"; whole sums without kopecks).
 */
public record Money(long kopecks) {
    public String format(Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setGroupingUsed(true);
        number.setMinimumFractionDigits(kopecks % 100 == 0 ? 0 : 2);
        number.setMaximumFractionDigits(2);
        String amount = number.format(BigDecimal.valueOf(kopecks, 2));
        return "uk".equals(locale.getLanguage()) ? amount + " грн" : "UAH " + amount;
    }

    /** Without a reader (a log line, an audit entry): the plain amount in hryvnias. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(kopecks, 2).toPlainString();
    }
}
