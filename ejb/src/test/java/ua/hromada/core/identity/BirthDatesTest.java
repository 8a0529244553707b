package ua.hromada.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aClaimIsAWholeDateUpToToday() {
        assertThat(BirthDates.fromClaim("1984-05-12", TODAY)).contains(LocalDate.of(1984, 5, 12));
        assertThat(BirthDates.fromClaim("2026-12-04", TODAY)).contains(TODAY);
        assertThat(BirthDates.fromClaim("2026-12-05", TODAY)).isEmpty();
        assertThat(BirthDates.fromClaim("0000-05-12", TODAY)).as("a year withheld").isEmpty();
        assertThat(BirthDates.fromClaim("1984", TODAY)).as("a year alone").isEmpty();
        assertThat(BirthDates.fromClaim("1984-02-30", TODAY)).isEmpty();
        assertThat(BirthDates.fromClaim("12.05.1984", TODAY)).isEmpty();
        assertThat(BirthDates.fromClaim(19840512, TODAY)).isEmpty();
        assertThat(BirthDates.fromClaim(null, TODAY)).isEmpty();
    }

    @Test
    void aTaxNumberCountsDaysFromTheLastDayOf1899() {
        // 30000 days after 31 December 1899; the check digit of 300000000 is 8
        assertThat(BirthDates.fromTaxNumber("3000000008", TODAY)).contains(LocalDate.of(1982, 2, 19));
        assertThat(BirthDates.fromTaxNumber("0000100004", TODAY)).as("day 1 (4 × 1 = 4)").contains(LocalDate.of(1900, 1, 1));
        assertThat(BirthDates.checkDigit("123456789")).as("(−1 + 10 + 21 + 36 + 20 + 36 + 70 + 40 + 63) mod 11 = 9").isEqualTo(9);
    }

    @Test
    void aWrongCheckDigitOrShapeStatesNothing() {
        assertThat(BirthDates.fromTaxNumber("3000000001", TODAY)).isEmpty();
        assertThat(BirthDates.fromTaxNumber("300000000", TODAY)).isEmpty();
        assertThat(BirthDates.fromTaxNumber("30000000080", TODAY)).isEmpty();
        assertThat(BirthDates.fromTaxNumber("phone:+380501234567", TODAY)).isEmpty();
        assertThat(BirthDates.fromTaxNumber(null, TODAY)).isEmpty();
    }

    @Test
    void aTaxNumberOfAFutureDayStatesNothing() {
        String future = "99999" + "0000";
        assertThat(BirthDates.fromTaxNumber(future + BirthDates.checkDigit(future), TODAY)).isEmpty();
    }
}
