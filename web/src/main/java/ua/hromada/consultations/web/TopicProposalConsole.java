package ua.hromada.consultations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.consultations.ConsultationAction;
import ua.hromada.consultations.ConsultationPermissions;
import ua.hromada.consultations.TopicProposal;
import ua.hromada.consultations.TopicProposals;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' queue of proposed topics (oldest first) and the page of one: accept it into a
 * draft consultation (the page then leads to the draft) or reject it with a reason.
 */
@Named
@ViewScoped
public class TopicProposalConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TopicProposals proposals;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private LazyRows<TopicProposal> queue;
    private long id;
    private TopicProposal proposal;
    private String reason;

    /** f:viewAction of the queue. */
    public void loadQueue() throws IOException {
        if (admitted("/admin/consultations/proposals")) {
            queue = new LazyRows<>(query -> proposals.queue(query), TopicProposal::id, "received", false);
        }
    }

    /** f:viewAction of one proposal's page (404 for none here). */
    public void loadProposal() throws IOException {
        if (!admitted("/admin/consultations/proposals/" + id) || proposal != null) {
            return;
        }
        try {
            proposal = proposals.find(id);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public void accept() {
        if (Messages.attempt(language.getLocale(), "consultation.console.proposal.accepted", () -> proposals.accept(id))) {
            proposal = proposals.find(id);
        }
    }

    public void reject() {
        if (Messages.attempt(language.getLocale(), "consultation.console.proposal.rejected", () -> proposals.reject(id, reason))) {
            proposal = proposals.find(id);
        }
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(ConsultationAction.MANAGE, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public LazyRows<TopicProposal> getQueue() {
        return queue;
    }

    public TopicProposal getProposal() {
        return proposal;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
