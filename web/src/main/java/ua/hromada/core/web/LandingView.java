package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.MalformedParameterException;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;

/**
 * The platform landing page: find a community by name (plain GET form, shareable URL). It also
 * says what happened to someone sent here at the end of a session (their account deleted).
 */
@Named
@RequestScoped
public class LandingView {
    /** A message key for the next landing page of this session, shown once. */
    static final String AFTER_REDIRECT = "hromada.landing.message";

    @Inject
    HttpServletRequest request;

    @Inject
    CommunityDirectory directory;

    @Inject
    LanguageSelection language;

    private String q;
    private String cursor;
    private Page<Community> page;

    /** f:viewAction: runs the search once the view parameters are set. */
    public void load() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AFTER_REDIRECT) instanceof String key) {
            session.removeAttribute(AFTER_REDIRECT);
            Messages.info(language.getLocale(), key);
        }
        try {
            page = directory.search(q, cursor, Page.DEFAULT_LIMIT);
        } catch (MalformedParameterException e) {
            throw e; // a broken cursor in the address: the 400 page
        } catch (HromadaException e) {
            page = new Page<>(List.of(), null);
            Messages.show(e, language.getLocale());
        }
    }

    /**
     * Whoever ends a session and sends the browser here (after invalidating the old session): the
     * landing page says {@code messageKey} once, in a fresh session that holds nothing else.
     */
    public static void sayAfterRedirect(HttpServletRequest request, String messageKey) {
        request.getSession(true).setAttribute(AFTER_REDIRECT, messageKey);
    }

    public List<Community> getCommunities() {
        return page.items();
    }

    /** The address of the next page of results, or null on the last page. */
    public String getNextPageUrl() {
        if (page.nextCursor() == null) {
            return null;
        }
        return "?q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8) + "&cursor=" + page.nextCursor();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
