package ua.hromada.core.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/** The cabinet's residency part: where the person is a resident, and declaring it without a provider. */
@Named
@RequestScoped
public class ResidencyDeclaration {
    @Inject
    Residencies residencies;

    @Inject
    CommunityDirectory directory;

    @Inject
    LanguageSelection language;

    private Long communityId;
    private List<Residencies.Held> held;

    public List<Residencies.Held> getHeld() {
        if (held == null) {
            held = residencies.mine();
        }
        return held;
    }

    /** Only people no provider has placed may declare where they live. */
    public boolean isDeclarable() {
        return getHeld().stream().noneMatch(Residencies.Held::verified);
    }

    public List<Community> getCommunities() {
        return directory.search(null, null, Page.MAX_LIMIT).items();
    }

    public void declare() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            residencies.declare(communityId);
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            faces.validationFailed();
            return;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(language.getLocale(), "residency.declared"), null));
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/cabinet/");
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }
}
