package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.VotingTerminals;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' voting terminals: make this browser (a kiosk's, at a support point) a terminal
 * or forget that it is one, and the community's terminals with their revocation.
 */
@Named
@ViewScoped
public class TerminalConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    VotingTerminals terminals;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TerminalCookie cookie;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private List<VotingTerminals.Terminal> all = List.of();
    private Long here;
    private String label;

    /** f:viewAction: moderators only. */
    public void load() throws IOException {
        if (!permissions.allows(BudgetAction.TERMINALS, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/terminals");
            return;
        }
        refresh(cookie.secret());
    }

    /** Registers this browser as a terminal: its secret goes to this browser's cookie only. */
    public void register() {
        VotingTerminals.Registered[] registered = new VotingTerminals.Registered[1];
        if (Messages.attempt(language.getLocale(), "budget.terminal.registered", () -> registered[0] = terminals.register(label))) {
            cookie.keep(registered[0].secret());
            label = null;
            refresh(registered[0].secret());
        }
    }

    /** This browser is no terminal any more (the terminal itself stays until revoked). */
    public void forget() {
        cookie.keep(null);
        Messages.info(language.getLocale(), "budget.terminal.forgotten");
        refresh(null);
    }

    public void revoke(long id) {
        if (Messages.attempt(language.getLocale(), "budget.terminal.revoked", () -> terminals.revoke(id))) {
            refresh(cookie.secret());
        }
    }

    private void refresh(String secret) {
        all = terminals.all();
        here = terminals.recognised(secret).orElse(null);
    }

    public List<VotingTerminals.Terminal> getAll() {
        return all;
    }

    /** The terminal this browser is, or null. */
    public Long getHere() {
        return here;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
