package ua.hromada.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * person_key = HMAC-SHA256(platform secret, national identifier). The secret comes from the
 * system property {@value #SECRET_PROPERTY} (WildFly configuration, from the environment or a
 * credential store), never from the repository; losing it breaks "one person, one signature".
 */
@ApplicationScoped
public class PersonKeys {
    public static final String SECRET_PROPERTY = "hromada.person-key-secret";
    static final int MIN_SECRET_LENGTH = 32;

    /** The key of an identifier under the configured secret. */
    public String keyOf(String nationalIdentifier) {
        return keyOf(System.getProperty(SECRET_PROPERTY, ""), nationalIdentifier);
    }

    static String keyOf(String secret, String nationalIdentifier) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new SignInException("signin.unavailable");
        }
        if (nationalIdentifier == null || nationalIdentifier.isBlank()) {
            throw new SignInException("signin.no-identifier");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(nationalIdentifier.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
