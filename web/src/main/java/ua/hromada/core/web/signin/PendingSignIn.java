package ua.hromada.core.web.signin;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the callback must check: kept in the session under its state, usable once. {@code linking}
 * is the e-mail + phone person who started it to link their account (null for a plain sign-in).
 */
record PendingSignIn(String providerId, Nonce nonce, CodeVerifier verifier, String returnTo, Instant startedAt, Long linking)
        implements Serializable {
}
