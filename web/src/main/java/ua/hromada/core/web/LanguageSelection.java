package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

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

    /** A moment as people read it: in the given time zone (a community's), in the page language. */
    public String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(zone));
    }

    static boolean isSupported(String language) {
        return "uk".equals(language) || "en".equals(language);
    }

    /** The address the visitor asked for (not the view it was forwarded to), in another language. */
    public String switchUrl(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!"lang".equals(p.getKey())) {
                for (String v : p.getValue()) {
                    query.append(encode(p.getKey())).append('=').append(encode(v)).append('&');
                }
            }
        }
        return uri + "?" + query + "lang=" + language;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
