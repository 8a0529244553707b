package ua.hromada.it.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ua.hromada.core.identity.BirthDates;

/** Tax numbers (РНОКПП) for test people: their digits give a date of birth, as real ones do. */
public final class NationalIdentifiers {
    /** The date of birth test people's providers state unless a test says otherwise (an adult's). */
    public static final LocalDate ADULT = LocalDate.of(1980, 1, 1);
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 31);

    private NationalIdentifiers() {
    }

    /** A random adult's tax number (born 1950–1989), hardly ever the same twice. */
    public static String random() {
        return bornOn(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(40 * 365)));
    }

    /** A random tax number of someone born on {@code day}. */
    public static String bornOn(LocalDate day) {
        String nine = String.format("%05d%04d", DAY_ZERO.until(day, java.time.temporal.ChronoUnit.DAYS),
                ThreadLocalRandom.current().nextInt(10_000));
        return nine + BirthDates.checkDigit(nine);
    }
}
