package ua.hromada.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ua.hromada.core.InvalidInputException;

class PhoneNumberTest {

    @Test
    void ukrainianNumbersAreTakenAsPeopleWriteThem() {
        for (String typed : new String[] {"+380671234567", "0671234567", "067 123 45 67", "(067) 123-45-67",
                "380671234567", "+38 (067) 123 45 67", "67 123 45 67", " 067.123.45.67 "}) {
            assertThat(PhoneNumber.e164(typed)).as(typed).isEqualTo("+380671234567");
        }
    }

    @Test
    void foreignNumbersNeedTheirCountryCode() {
        assertThat(PhoneNumber.e164("+48 601 234 567")).isEqualTo("+48601234567");
        assertThat(PhoneNumber.e164("+1 (415) 555-0100")).isEqualTo("+14155550100");
    }

    @Test
    void whatIsNotAPhoneNumberIsRefused() {
        for (String bad : new String[] {null, "", "   ", "067123456", "+3806712345678", "+3800671234567", "phone",
                "067-ABC-45-67", "+0123456789", "+1234567", "1234567890123"}) {
            assertThatThrownBy(() -> PhoneNumber.e164(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidInputException.class);
        }
    }
}
