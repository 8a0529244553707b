package ua.hromada.core.web.signin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * The cabinet's API tokens: the person's tokens, issuing one (its secret shown on this page once,
 * never again) and revoking one (confirmed). The bean checks everything.
 */
@Named
@ViewScoped
public class TokenCabinet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** The lifetimes offered, in days; the bean allows up to a year. */
    static final List<Integer> LIFETIMES = List.of(30, 90, 365);

    @Inject
    ApiTokens tokens;

    @Inject
    Residencies residencies;

    @Inject
    CurrentPerson current;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private String label;
    private Community community;
    private TokenScope scope = TokenScope.SIGN;
    private int lifetimeDays = 90;
    private String secret;
    private List<ApiTokens.Listed> mine = List.of();

    /** f:viewAction: signed-in people only. */
    public void load() throws IOException {
        if (!current.sendToSignIn("/cabinet/tokens.xhtml")) {
            mine = tokens.mine();
            community = residence();
        }
    }

    /** Where the person lives, offered first: most tokens are for the person's own community. */
    private Community residence() {
        return residencies.mine().stream().map(Residencies.Held::community).filter(Community::isActive).findFirst()
                .orElse(null);
    }

    public void issue() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Instant expires = clock.instant().plus(Duration.ofDays(LIFETIMES.contains(lifetimeDays) ? lifetimeDays : 0));
            secret = tokens.issue(community == null ? null : community.id(), scope, label, expires).secret();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "tokens.issued"), null));
            label = null;
            community = residence();
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            faces.validationFailed();
        }
        mine = tokens.mine();
    }

    public void revoke(long tokenId) {
        try {
            tokens.revoke(tokenId);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "tokens.revoked"), null));
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
        secret = null;
        mine = tokens.mine();
    }

    public String when(Instant at) {
        return language.format(at, KYIV);
    }

    public List<ApiTokens.Listed> getMine() {
        return mine;
    }

    /** The secret of the token just issued, for this one response; null otherwise. */
    public String getSecret() {
        return secret;
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public List<Integer> getLifetimes() {
        return LIFETIMES;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Community getCommunity() {
        return community;
    }

    public void setCommunity(Community community) {
        this.community = community;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public int getLifetimeDays() {
        return lifetimeDays;
    }

    public void setLifetimeDays(int lifetimeDays) {
        this.lifetimeDays = lifetimeDays;
    }
}
