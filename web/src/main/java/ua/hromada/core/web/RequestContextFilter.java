package ua.hromada.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.identity.People;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.token.TokenSecret;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.web.signin.SignedIn;

/**
 * Sets who and where every request is for. The signed-in person of the session becomes the
 * request's actor, with roles re-read from their grants, so a revoked role stops working at once
 * (and the session of a person whose account was deleted or merged meanwhile ends);
 * API calls with a bearer token skip the session and are authenticated by {@code ApiCallerFilter}.
 * Reads the community from the URL ({@code /{community}/...} for pages,
 * {@code /api/v1/communities/{community}/...} for the API), makes it the tenant of everything
 * this request does, and maps community pages onto their Facelets views. Unknown or inactive
 * communities are a 404 before any view runs.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestContextFilter extends HttpFilter {
    static final String API = "/api/";
    static final String API_COMMUNITIES = "/api/v1/communities/";
    static final String STATIC_RESOURCES = "/jakarta.faces.resource/";
    static final String LANDING = "/index.xhtml";
    /** The platform's areas for signed-in people: its console and the person's cabinet. */
    static final Set<String> SIGNED_IN_AREAS = Set.of("platform", "cabinet");
    /** First path segments that belong to the platform, never to a community. */
    static final Set<String> RESERVED = Set.of("api", "platform", "community", "errors", "resources",
            "jakarta.faces.resource", "WEB-INF", "META-INF", "index.xhtml", "favicon.ico", "robots.txt", "admin",
            "signin", "signout", "cabinet");

    @Inject
    CommunityCache communities;

    @Inject
    TenantContext tenant;

    @Inject
    People people;

    @Inject
    ToolRegistry tools;

    @Inject
    PublicPageCache pageCache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // an API call with a bearer token acts as the token (ApiCallerFilter), never as a session
        boolean bearer = path.startsWith(API) && TokenSecret.presentedIn(request.getHeader("Authorization"));
        SignedIn signedIn = bearer ? null : SignedIn.in(request.getSession(false));
        // stylesheets and scripts need no actor: spare them the roles query
        if (signedIn != null && !path.startsWith(STATIC_RESOURCES)) {
            Actor actor = people.actorOf(signedIn.personId(), signedIn.strength());
            if (!actor.isSignedIn()) {
                // the account was deleted (or linked) in another session: this one is signed out too;
                // a form posted to it would find no view state, so the browser asks for the page again
                request.getSession().invalidate();
                if (!"GET".equals(request.getMethod()) && !path.startsWith(API)) {
                    response.sendRedirect(request.getRequestURI());
                    return;
                }
            }
            Acting.enter(actor);
        }
        try {
            if (path.startsWith(API_COMMUNITIES)) {
                enter(segment(path.substring(API_COMMUNITIES.length())));
                chain.doFilter(request, response);
            } else if (path.startsWith("/community/")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND); // views are reached only through a slug
            } else {
                String first = segment(path.substring(1));
                // a visitor with no session at all: anyone with one (signed in, or holding a message
                // for them such as "account deleted") gets their own rendering
                boolean anonymousRead = request.getSession(false) == null && "GET".equals(request.getMethod());
                if (SIGNED_IN_AREAS.contains(first) && signedIn == null) {
                    toSignIn(request, response, path);
                } else if ((path.equals("/") || path.equals(LANDING)) && anonymousRead) { // the landing page
                    // forwarded, as community pages are: the welcome-file path would write past the cache
                    pageCache.serve(request, response, null, into -> request.getRequestDispatcher(LANDING).forward(request, into));
                } else if (first.isEmpty() || RESERVED.contains(first) || first.contains(".")) {
                    chain.doFilter(request, response);
                } else if (enter(first).isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                } else {
                    String rest = path.substring(1 + first.length());
                    CommunityPages.Route route = CommunityPages.route(rest, tools.enabledIn(tenant.require()));
                    if (route == null) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    } else if (route.signInOnly() && signedIn == null) {
                        toSignIn(request, response, path);
                    } else if (anonymousRead && route.view().contains(".xhtml")) { // pages, not downloads
                        pageCache.serve(request, response, tenant.require(),
                                into -> request.getRequestDispatcher(route.view()).forward(request, into));
                    } else {
                        request.getRequestDispatcher(route.view()).forward(request, response);
                    }
                }
            }
        } finally {
            CurrentCommunity.clear();
            Acting.leave();
        }
    }

    /**
     * A visitor asking for a page only signed-in people use goes to sign in first, before any bean
     * of the page runs (a view-scoped bean would open an HTTP session for nobody).
     */
    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        // slashes stay readable in the query; everything else is encoded
        response.sendRedirect(request.getContextPath() + "/signin?return="
                + URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/"));
    }

    private Optional<Community> enter(String slug) {
        Optional<Community> community = communities.bySlug(slug).filter(Community::isActive);
        community.ifPresent(c -> {
            tenant.set(c);
            CurrentCommunity.set(c.id());
        });
        return community;
    }

    private static String segment(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
