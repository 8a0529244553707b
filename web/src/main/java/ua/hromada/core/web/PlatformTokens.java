package ua.hromada.core.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.tenancy.Community;

/**
 * The platform console's way to a community's API tokens ({@code /platform/tokens.xhtml}): pick the
 * community, land on its console page {@code /{community}/admin/tokens}, which lists and revokes
 * them (and checks again). No token is shown here.
 */
@Named
@ViewScoped
public class PlatformTokens implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Permissions permissions;

    @Inject
    ConsoleAccess access;

    private Community community;

    /** f:viewAction: the platform console's people only. */
    public void load() throws IOException {
        if (!permissions.allows(Action.PLATFORM_CONSOLE_VIEW, null)) {
            access.refuse("/platform/tokens.xhtml");
        }
    }

    public void open() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + community.slug() + "/admin/tokens");
    }

    public Community getCommunity() {
        return community;
    }

    public void setCommunity(Community community) {
        this.community = community;
    }
}
