package ua.hromada.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * person_key = HMAC-SHA256(platform secret, national identifier). The secret comes from the
 * system property {@value #SECRET_PROPERTY} (WildFly configuration, from the environment or a
 * credential store), never from the repository; losing it breaks "one person, one signature".
 * After a rotation ({@link PersonKeyRotation}) the stored keys are HMACs of the earlier keys, so
 * the key is the chain HMAC(current, HMAC(earlier₂, HMAC(earlier₁, identifier))), the earlier
 * secrets listed oldest first in {@value #EARLIER_SECRETS_PROPERTY}.
 */
@ApplicationScoped
public class PersonKeys {
    public static final String SECRET_PROPERTY = "hromada.person-key-secret";
    public static final String EARLIER_SECRETS_PROPERTY = "hromada.person-key-earlier-secrets";
    static final int MIN_SECRET_LENGTH = 32;

    /** The key of an identifier under the configured secrets. */
    public String keyOf(String nationalIdentifier) {
        return keyOf(configuredChain(), nationalIdentifier);
    }

    /** The secrets keys are made with, oldest first, the current one last. */
    static List<String> configuredChain() {
        List<String> chain = new ArrayList<>();
        String earlier = System.getProperty(EARLIER_SECRETS_PROPERTY, "");
        if (!earlier.isBlank() && !"none".equals(earlier.strip())) {
            Arrays.stream(earlier.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(chain::add);
        }
        chain.add(System.getProperty(SECRET_PROPERTY, ""));
        return chain;
    }

    /** The key of an identifier under one secret (an installation never rotated). */
    static String keyOf(String secret, String nationalIdentifier) {
        return keyOf(List.of(secret), nationalIdentifier);
    }

    /** The key of an identifier under a chain of secrets, oldest first. */
    public static String keyOf(List<String> chain, String nationalIdentifier) {
        if (nationalIdentifier == null || nationalIdentifier.isBlank()) {
            chain.forEach(PersonKeys::requireSecret);
            throw new SignInException("signin.no-identifier");
        }
        String key = nationalIdentifier.strip();
        for (String secret : chain) {
            key = hmac(secret, key);
        }
        return key;
    }

    /** One link of the chain: what a rotation does to every stored key. */
    static String hmac(String secret, String message) {
        requireSecret(secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    private static void requireSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new SignInException("signin.unavailable");
        }
    }
}
