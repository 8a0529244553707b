package ua.hromada.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.token.ApiTokens;

/**
 * The community console's API tokens ({@code /{community}/admin/tokens}): the tokens bound to the
 * community, filtered by owner name and paged through by GET (an address to send on); revoking
 * one takes a reason and a confirmation. The bean checks everything.
 */
@Named
@ViewScoped
public class TokenConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private final Map<Long, String> reasons = new HashMap<>();
    private String owner = "";
    private String cursor;
    private Page<ApiTokens.Overseen> page = new Page<>(List.of(), null);

    /** f:viewAction: reads the owner filter and the page from the query string. */
    public void load() throws IOException {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        owner = params.getOrDefault("owner", "").strip();
        cursor = params.get("cursor");
        Community here = tenant.require();
        try {
            page = tokens.ofCommunity(here.id(), owner, cursor, Page.DEFAULT_LIMIT);
        } catch (ForbiddenException e) {
            access.refuse("/" + here.slug() + "/admin/tokens");
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    public void revoke(long tokenId) {
        if (Messages.attempt(language.getLocale(), "console.tokens.revoked", () -> tokens.revoke(tokenId, reasons.get(tokenId)))) {
            reasons.remove(tokenId);
        }
        page = tokens.ofCommunity(tenant.require().id(), owner, cursor, Page.DEFAULT_LIMIT);
    }

    public String when(Instant at) {
        return language.format(at, tenant.require().zone());
    }

    public List<ApiTokens.Overseen> getTokens() {
        return page.items();
    }

    /** Reasons typed per token, by token id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getOwner() {
        return owner;
    }

    public String getNextPageUrl() {
        if (page.nextCursor() == null) {
            return null;
        }
        return "?" + (owner.isEmpty() ? "" : "owner=" + URLEncoder.encode(owner, StandardCharsets.UTF_8) + "&")
                + "cursor=" + page.nextCursor();
    }
}
