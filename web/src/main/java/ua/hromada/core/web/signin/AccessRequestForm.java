package ua.hromada.core.web.signin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.AccessRequest;
import ua.hromada.core.identity.AccessRequests;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/** The cabinet's access request: an official asks for a role; the bean checks everything. */
@Named
@ViewScoped
public class AccessRequestForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    AccessRequests requests;

    @Inject
    CurrentPerson current;

    @Inject
    LanguageSelection language;

    /** Null: a role on the whole platform (national moderator). */
    private Community community;
    private Role role;
    private String position;
    private String organisation;
    private String workEmail;
    private String workPhone;
    private String justification;
    private LocalDate until;

    /** f:viewAction: signed-in people only. */
    public void load() throws IOException {
        current.sendToSignIn("/cabinet/access.xhtml");
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            requests.submit(community == null ? null : community.id(), role, position, organisation, workEmail, workPhone, justification,
                    until == null ? null : until.atTime(LocalTime.MAX).atZone(KYIV).toInstant());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "access.submitted"), null));
            position = organisation = workEmail = workPhone = justification = null;
            role = null;
            community = null;
            until = null;
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            faces.validationFailed();
        }
    }

    public List<AccessRequest> getMine() {
        return requests.mine();
    }

    public List<Role> getRoles() {
        return List.copyOf(AccessRequests.REQUESTABLE);
    }

    public Community getCommunity() {
        return community;
    }

    public void setCommunity(Community community) {
        this.community = community;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
