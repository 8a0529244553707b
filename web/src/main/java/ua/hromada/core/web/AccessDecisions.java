package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.identity.AccessRequest;
import ua.hromada.core.identity.AccessRequests;

/**
 * Pending access requests the signed-in moderator may decide: on /platform/access.xhtml all of
 * them, in a community console only that community's.
 */
@Named
@ViewScoped
public class AccessDecisions implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccessRequests requests;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<AccessRequest> pending = List.of();
    private Long community;

    /** f:viewAction. */
    public void load() throws IOException {
        community = tenant.community().map(c -> c.id()).orElse(null);
        String here = tenant.community().map(c -> "/" + c.slug() + "/admin/access").orElse("/platform/access.xhtml");
        if (!Acting.current().isSignedIn()) {
            access.refuse(here);
            return;
        }
        try {
            pending = requests.decidable(community);
        } catch (ForbiddenException e) {
            access.refuse(here);
        }
    }

    public void decide(long id, boolean approve) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            requests.decide(id, approve, reasons.get(id));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), approve ? "access.approved" : "access.rejected"), null));
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
        pending = requests.decidable(community);
    }

    public List<AccessRequest> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
