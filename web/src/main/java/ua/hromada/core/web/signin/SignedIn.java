package ua.hromada.core.web.signin;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import ua.hromada.core.identity.SignInStrength;

/** The signed-in person of an HTTP session, with the token that guards state-changing forms. */
public record SignedIn(long personId, String fullName, String providerId, SignInStrength strength, String csrfToken)
        implements Serializable {
    static final String ATTRIBUTE = "hromada.signedIn";
    private static final SecureRandom RANDOM = new SecureRandom();

    static SignedIn of(long personId, String fullName, String providerId, SignInStrength strength) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return new SignedIn(personId, fullName, providerId, strength, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    /** Whether a posted form carries this session's token (compared in constant time). */
    public boolean guards(String token) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                csrfToken.getBytes(StandardCharsets.UTF_8));
    }

    public static SignedIn in(HttpSession session) {
        return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
    }
}
