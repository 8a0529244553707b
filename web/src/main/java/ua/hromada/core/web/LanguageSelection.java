package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The page language: Ukrainian unless the visitor chose English with a {@code ?lang=} link, which
 * is remembered in a cookie. Links, not a form, so it works without JavaScript and from a keyboard.
 */
@Named
@RequestScoped
public class LanguageSelection {
    public static final String COOKIE = "hromada_lang";
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final int YEAR_SECONDS = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    private Locale resolve() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String chosen = external.getRequestParameterMap().get("lang");
        if (isSupported(chosen)) {
            Cookie cookie = new Cookie(COOKIE, chosen);
            cookie.setPath("/");
            cookie.setMaxAge(YEAR_SECONDS);
            cookie.setHttpOnly(true);
            ((HttpServletResponse) external.getResponse()).addCookie(cookie);
            return Locale.forLanguageTag(chosen);
        }
        Object remembered = external.getRequestCookieMap().get(COOKIE);
        if (remembered instanceof Cookie c && isSupported(c.getValue())) {
            return Locale.forLanguageTag(c.getValue());
        }
        return UKRAINIAN;
    }

    /** The page language of a request outside Faces (a download): the remembered choice, else Ukrainian. */
    public static Locale of(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (isSupported(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && isSupported(c.getValue())) {
                    return Locale.forLanguageTag(c.getValue());
                }
            }
        }
        return UKRAINIAN;
    }

    /** A moment as people read it: in the given time zone (a community's), in the page language. */
    public String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(zone));
    }

    static boolean isSupported(String language) {
        return "uk".equals(language) || "en".equals(language);
    }

    /**
     * The address the visitor asked for (not the view it was forwarded to), in another language.
     * It keeps the parameters of that address's own query (the page's filters, its return address)
     * and never what a form posted (names, codes, texts: they travel in the body), a component's
     * field (a client id, with ':') or the view state, so following it repeats no action.
     */
    public String switchUrl(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        Object originalQuery = original != null ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        StringBuilder query = new StringBuilder();
        if (originalQuery != null) {
            for (String pair : originalQuery.toString().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!name.isEmpty() && !"lang".equals(name) && !name.startsWith("jakarta.faces.") && name.indexOf(':') < 0) {
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    query.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        }
        return uri + "?" + query + "lang=" + language;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
