package ua.hromada.core.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import ua.hromada.core.identity.SignInStrength;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ua.hromada.core.ConflictException;
import ua.hromada.core.identity.BirthDates;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.PersonMerge;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.ProviderClaims;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.tenancy.CommunitySettings;

/**
 * Finishes a sign-in: the state must be one this session started (and is used up), the code is
 * exchanged with the PKCE verifier, and the ID token's signature, issuer, audience, expiry and
 * nonce are verified before the national identifier becomes a person key. The session id changes.
 * A sign-in that an e-mail + phone person started to link their account merges them into the
 * strong person ({@link PersonMerge}), and the session becomes the strong person's.
 */
@WebServlet("/signin/callback")
public class SignInCallbackServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SignInCallbackServlet.class.getName());
    private static final Duration PENDING_TTL = Duration.ofMinutes(10);

    @Inject
    OidcProviders providers;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    PersonMerge merge;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Outcome outcome = complete(request);
            request.changeSessionId();
            request.getSession().setAttribute(SignedIn.ATTRIBUTE, outcome.signedIn());
            response.sendRedirect(request.getContextPath() + outcome.returnTo());
        } catch (SignInException e) {
            // the reason goes to the log, not to the browser: it would help an attacker more than a person
            LOG.info(() -> "Sign-in refused: " + e.messageKey());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (ConflictException e) {
            // the phone already leads to another national identity; the person stays signed in as before
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }

    private record Outcome(SignedIn signedIn, String returnTo) {
    }

    private Outcome complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        AuthenticationResponse answer;
        try {
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            answer = AuthenticationResponseParser.parse(URI.create(request.getRequestURL() + "?" + query));
        } catch (ParseException e) {
            throw new SignInException("signin.malformed");
        }
        if (session == null || answer.getState() == null) {
            throw new SignInException("signin.state");
        }
        PendingSignIn pending = SignInServlet.pending(session).remove(answer.getState().getValue());
        if (pending == null || pending.startedAt().plus(PENDING_TTL).isBefore(Instant.now())) {
            throw new SignInException("signin.state"); // unknown, replayed or stale
        }
        if (!answer.indicatesSuccess()) {
            throw new SignInException("signin.refused-by-provider");
        }
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        OidcProvider provider = providers.byId(pending.providerId()).orElseThrow(() -> new SignInException("signin.state"));
        OIDCProviderMetadata metadata = providers.metadataOf(provider);
        IDTokenClaimsSet claims = verifiedClaims(provider, metadata, exchange(request, provider, metadata, code, pending), pending);
        Object identifier = claims.getClaim(provider.identifierClaim());
        Object name = claims.getClaim(provider.nameClaim());
        // the standard OIDC address claim; its locality and region decide residency
        Map<String, Object> address = claims.getJSONObjectClaim("address");
        String id = identifier == null ? null : identifier.toString();
        String fullName = name == null ? null : name.toString();
        String subject = claims.getSubject().getValue();
        LocalDate today = LocalDate.now(clock.withZone(CommunitySettings.DEFAULT_ZONE));
        LocalDate birthDate = BirthDates.fromClaim(claims.getClaim(provider.birthdateClaim()), today)
                .or(() -> provider.birthdateFromIdentifier() ? BirthDates.fromTaxNumber(id, today) : Optional.empty()).orElse(null);
        ProviderClaims stated = new ProviderClaims(id, fullName, provider.id(), subject, text(address, "locality"),
                text(address, "region"), birthDate);
        Person person;
        if (pending.linking() == null) {
            person = people.signIn(stated);
        } else {
            SignedIn linking = SignedIn.in(session);
            if (linking == null || !pending.linking().equals(linking.personId())) {
                throw new SignInException("signin.state"); // signed out or in as someone else meanwhile
            }
            person = merge.link(stated);
        }
        return new Outcome(SignedIn.of(person.id(), person.fullName(), provider.id(), SignInStrength.STRONG), pending.returnTo());
    }

    private static String text(Map<String, Object> claim, String member) {
        Object value = claim == null ? null : claim.get(member);
        return value instanceof String s ? s : null;
    }

    private static JWT exchange(HttpServletRequest request, OidcProvider provider, OIDCProviderMetadata metadata,
            AuthorizationCode code, PendingSignIn pending) {
        try {
            TokenRequest tokenRequest = new TokenRequest(metadata.getTokenEndpointURI(),
                    new ClientSecretBasic(provider.client(), new Secret(provider.clientSecret())),
                    new AuthorizationCodeGrant(code, SignInServlet.callback(request), pending.verifier()));
            TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                throw new SignInException("signin.code-refused");
            }
            return ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (ParseException | IOException e) {
            throw new SignInException("signin.provider-unavailable", provider.id());
        }
    }

    private static IDTokenClaimsSet verifiedClaims(OidcProvider provider, OIDCProviderMetadata metadata, JWT idToken,
            PendingSignIn pending) {
        try {
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), provider.client(),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            return validator.validate(idToken, pending.nonce());
        } catch (BadJOSEException | JOSEException | IOException e) {
            throw new SignInException("signin.token-invalid");
        }
    }
}
