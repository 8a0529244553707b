package ua.hromada.core.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.UnauthenticatedException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.core.token.TokenSecret;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.core.web.signin.SignedIn;

/**
 * Who calls the API. {@code Authorization: Bearer hrm_…} makes the token's owner the actor,
 * restricted to the token's community and scope: an unknown, expired or revoked token is 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}, a token on another community's URL 403,
 * too many calls 429 with {@code Retry-After}. Bearer calls need no CSRF token (browsers never
 * add that header by themselves, so another site cannot forge one) and never touch the session.
 * A signed-in browser session instead sends its CSRF token in {@value #CSRF_HEADER} with every
 * state-changing call. The actor entered here is cleared by {@code RequestContextFilter}, which
 * wraps every request.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiCallerFilter implements ContainerRequestFilter {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String COMMUNITIES = "communities/";
    private static final String FAILED = "bearer.failed";
    /**
     * Unknown, expired or revoked tokens one client address may present per minute on this node.
     * A program with a good token never fails; one that fails this often is guessing or broken.
     */
    static final int FAILURES_PER_MINUTE = 100;

    @Inject
    ApiTokens tokens;

    @Inject
    TenantContext tenant;

    @Inject
    BearerRateLimit rateLimit;

    @Inject
    RateLimits rates;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        String authorization = call.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (TokenSecret.presentedIn(authorization)) {
            bearer(call, TokenSecret.fromAuthorization(authorization));
        } else if (!SAFE_METHODS.contains(call.getMethod())) {
            SignedIn signedIn = SignedIn.in(request.getSession(false));
            if (signedIn != null && !sameText(call.getHeaderString(CSRF_HEADER), signedIn.csrfToken())) {
                call.abortWith(DomainFailureMapper.problem(new ForbiddenException("csrf.invalid"), headers));
            }
        }
    }

    private void bearer(ContainerRequestContext call, String secret) {
        String address = request.getRemoteAddr();
        if (rates.exhausted(FAILED, address, FAILURES_PER_MINUTE)) {
            // someone guessing or replaying dead tokens: refused before any database read
            tooMany(call, "token.failures-limited", rates.secondsToNextWindow());
            return;
        }
        Optional<Actor> actor = secret == null ? Optional.empty() : tokens.authenticate(secret);
        if (actor.isEmpty()) {
            rates.count(FAILED, address); // this attempt still gets its 401; beyond the limit the next get 429
            call.abortWith(DomainFailureMapper.problem(new UnauthenticatedException("invalid_token", "token.invalid"), headers));
            return;
        }
        TokenAccess access = actor.get().token();
        String path = call.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith(COMMUNITIES) && path.length() > COMMUNITIES.length()
                && tenant.community().map(c -> c.id() != access.communityId()).orElse(true)) {
            call.abortWith(DomainFailureMapper.problem(new ForbiddenException("token.community.other"), headers));
            return;
        }
        long wait = rateLimit.take(access.tokenId());
        if (wait > 0) {
            tooMany(call, "token.rate-limited", wait);
            return;
        }
        Acting.enter(actor.get());
    }

    private void tooMany(ContainerRequestContext call, String key, long wait) {
        String detail = Messages.text(ProblemLanguage.of(headers), key, wait);
        call.abortWith(Response.fromResponse(Problem.of("urn:hromada:problem:" + key, 429, detail).toResponse())
                .header(HttpHeaders.RETRY_AFTER, wait).build());
    }

    private static boolean sameText(String presented, String expected) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
