package ua.hromada.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Secrets: recognisable, random, hashed with SHA-256; the bearer header read as RFC 6750 says. */
class TokenSecretTest {

    @Test
    void secretsArePrefixedRandomAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = TokenSecret.generate();
            assertThat(secret).startsWith("hrm_").hasSize(47);
            assertThat(TokenSecret.wellFormed(secret)).isTrue();
            seen.add(secret);
        }
        assertThat(seen).hasSize(100);
        assertThat(TokenSecret.wellFormed("hrm_short")).isFalse();
        assertThat(TokenSecret.wellFormed("xyz_" + "a".repeat(43))).isFalse();
        assertThat(TokenSecret.wellFormed(null)).isFalse();
    }

    @Test
    void theHashIsSha256InHex() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(TokenSecret.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void bearerCredentialsAreReadCaseInsensitivelyAndOtherSchemesIgnored() {
        assertThat(TokenSecret.fromAuthorization("Bearer hrm_abc")).isEqualTo("hrm_abc");
        assertThat(TokenSecret.fromAuthorization("bearer  hrm_abc")).isEqualTo("hrm_abc");
        assertThat(TokenSecret.fromAuthorization("Basic dXNlcjpwYXNz")).isNull();
        assertThat(TokenSecret.fromAuthorization("Bearer ")).isNull();
        assertThat(TokenSecret.fromAuthorization(null)).isNull();
        assertThat(TokenSecret.presentedIn("BEARER x")).isTrue();
        assertThat(TokenSecret.presentedIn("Bearer ")).isTrue();
        assertThat(TokenSecret.presentedIn("Basic x")).isFalse();
        assertThat(TokenSecret.presentedIn(null)).isFalse();
    }
}
