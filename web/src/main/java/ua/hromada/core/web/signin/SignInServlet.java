package ua.hromada.core.web.signin;

import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * Starts a sign-in: remembers state, nonce and PKCE verifier in the session and sends the browser
 * to the provider. {@code ?provider=} picks one, {@code ?return=} the page to come back to.
 * Without a provider the browser goes straight to the only configured one (three screens from a
 * page back to it), unless there is a choice to make: several providers, or a community page to
 * return to whose tools accept e-mail + phone sign-in; then the choice page is shown.
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {
    static final String PENDING = "hromada.pendingSignIns";
    /** Where a linked person lands: their cabinet, now with the national sign-in. */
    static final String LINKED_RETURN = "/cabinet/";
    /** Parallel sign-ins in one browser (several tabs) that may be in flight at once. */
    private static final int MAX_PENDING = 5;

    @Inject
    OidcProviders providers;

    @Inject
    CommunityCache communities;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String wanted = request.getParameter("provider");
        String returnTo = ReturnAddress.of(request.getParameter("return"));
        if (wanted == null && (providers.all().size() != 1 || acceptsBasicSignIn(returnTo))) {
            response.sendRedirect(request.getContextPath() + "/signin/choose.xhtml?return="
                    + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
            return;
        }
        OidcProvider provider = (wanted == null ? providers.all().stream().findFirst() : providers.byId(wanted))
                .orElse(null);
        if (provider == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        redirectTo(provider, returnTo, null, request, response);
    }

    /**
     * A person signed in with e-mail + phone links their account (a POST with the session's CSRF
     * token, so no other site can start it): the same flow, remembering whom the callback merges.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedIn signedIn = SignedIn.in(request.getSession(false));
        if (signedIn == null || signedIn.strength() != SignInStrength.BASIC || !signedIn.guards(request.getParameter("csrf"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String wanted = request.getParameter("provider");
        OidcProvider provider = (wanted == null ? providers.all().stream().findFirst() : providers.byId(wanted)).orElse(null);
        if (provider == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        redirectTo(provider, LINKED_RETURN, signedIn.personId(), request, response);
    }

    private void redirectTo(OidcProvider provider, String returnTo, Long linking, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        URI endpoint;
        try {
            endpoint = providers.metadataOf(provider).getAuthorizationEndpointURI();
        } catch (SignInException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        pending(request.getSession()).put(state.getValue(), new PendingSignIn(provider.id(), nonce, verifier,
                returnTo, Instant.now(), linking));
        AuthenticationRequest authentication = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile", "address"), provider.client(), callback(request))
                .endpointURI(endpoint).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        response.sendRedirect(authentication.toURI().toString());
    }

    /** Whether the page to return to is a community's that lets e-mail + phone people act. */
    private boolean acceptsBasicSignIn(String returnTo) {
        String slug = returnTo.substring(1).split("[/?]", 2)[0];
        return !slug.isEmpty() && communities.bySlug(slug).filter(Community::acceptsBasicSignIn).isPresent();
    }

    @SuppressWarnings("unchecked")
    static Map<String, PendingSignIn> pending(HttpSession session) {
        Map<String, PendingSignIn> pending = (Map<String, PendingSignIn>) session.getAttribute(PENDING);
        if (pending == null) {
            pending = new HashMap<>();
        }
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
        }
        session.setAttribute(PENDING, pending);
        return pending;
    }

    /** The callback address as the browser reaches this server. */
    static URI callback(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return URI.create(url.substring(0, url.length() - request.getRequestURI().length())
                + request.getContextPath() + "/signin/callback");
    }
}
