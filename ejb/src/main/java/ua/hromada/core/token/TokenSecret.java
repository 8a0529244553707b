package ua.hromada.core.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token: {@value #PREFIX} and 32 random bytes (base64url), shown to
 * its owner once. The platform keeps only its SHA-256: 256 random bits cannot be guessed, so a
 * plain hash (unlike a password's, which needs a slow one) is safe and can be looked up by index.
 * The prefix lets secret scanners and people recognise a leaked Hromada token.
 */
public final class TokenSecret {
    public static final String PREFIX = "hrm_";
    private static final Pattern SHAPE = Pattern.compile("hrm_[A-Za-z0-9_-]{43}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    /** A new secret. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a secret (a cheap refusal before any database lookup). */
    public static boolean wellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    /** SHA-256 of the secret, hex: what the database keeps and looks up. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * The credential of an {@code Authorization: Bearer <credential>} header (RFC 6750; the scheme
     * is case-insensitive), or null when the header is absent or of another scheme.
     */
    public static String fromAuthorization(String header) {
        if (header == null) {
            return null;
        }
        var m = BEARER.matcher(header);
        return m.matches() ? m.group(1) : null;
    }

    /** Whether a request carries a bearer credential at all (well formed or not). */
    public static boolean presentedIn(String authorizationHeader) {
        return authorizationHeader != null && authorizationHeader.regionMatches(true, 0, "bearer ", 0, 7);
    }
}
