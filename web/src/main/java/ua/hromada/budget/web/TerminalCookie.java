package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import ua.hromada.core.web.TenantContext;

/**
 * The cookie that makes a kiosk's browser a voting terminal of one community: its secret,
 * HttpOnly, strict same-site, kept a year under the community's path; the beans decide whether it
 * names a live terminal.
 */
@RequestScoped
public class TerminalCookie {
    static final String NAME = "hromada-terminal";
    private static final int YEAR = 365 * 24 * 3600;

    @Inject
    TenantContext tenant;

    /** The secret this browser keeps for the community, or null. */
    public String secret() {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(NAME);
        return cookie instanceof Cookie c ? c.getValue() : null;
    }

    /** Keeps {@code secret} in this browser (or forgets it, with null). */
    public void keep(String secret) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> properties = new HashMap<>();
        properties.put("path", external.getRequestContextPath() + "/" + tenant.require().slug());
        properties.put("maxAge", secret == null ? 0 : YEAR);
        properties.put("httpOnly", true);
        properties.put("secure", ((HttpServletRequest) external.getRequest()).isSecure());
        properties.put("SameSite", "Strict");
        external.addResponseCookie(NAME, secret == null ? "" : secret, properties);
    }
}
