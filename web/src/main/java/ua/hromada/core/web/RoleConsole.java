package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.identity.RoleGrants;

/** The community console's roles: who holds which role here; revoke one (confirmed, audited). */
@Named
@ViewScoped
public class RoleConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RoleGrants grants;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private List<RoleGrants.Holder> holders = List.of();

    /** f:viewAction. */
    public void load() throws IOException {
        try {
            holders = grants.holdersIn(tenant.require().id());
        } catch (ForbiddenException e) {
            access.refuse("/" + tenant.require().slug() + "/admin/roles");
        }
    }

    public void revoke(long grantId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            grants.revoke(grantId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "console.roles.revoked"), null));
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
        holders = grants.holdersIn(tenant.require().id());
    }

    public List<RoleGrants.Holder> getHolders() {
        return holders;
    }
}
