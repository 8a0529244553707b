package ua.hromada.petitions.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionAction;
import ua.hromada.petitions.PetitionPermissions;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionStatus;
import ua.hromada.petitions.Petitions;
import ua.hromada.petitions.RejectionReason;
import ua.hromada.petitions.ResponseDecision;

/**
 * One petition in the console, read whole before it is decided: a submission is published or
 * rejected with a reason, a petition under consideration is answered. After a decision the page
 * offers the next submission of the queue. The beans decide who may do what.
 */
@Named
@ViewScoped
public class PetitionReview implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Petitions petitions;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    @Inject
    Clock clock;

    private long id;
    private Petition petition;
    private boolean moderator;
    private boolean responder;
    private Long next;
    private RejectionReason rejectReason;
    private String rejectNote;
    private ResponseDecision decision;
    private String response;
    /** The signed response (PDF) uploaded with the answer form; only for the request that carries it. */
    private transient Part document;

    /** f:viewAction: officials of the petitions console only; an unknown petition is a 404 page. */
    public void load() throws IOException {
        long community = tenant.require().id();
        moderator = permissions.allows(PetitionAction.MODERATE, community);
        responder = permissions.allows(PetitionAction.RESPOND, community);
        if (!moderator && !responder) {
            access.refuse("/" + tenant.require().slug() + "/admin/petitions/" + id);
            return;
        }
        try {
            petition = reading.view(id);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public void publish() {
        decide(() -> petitions.publish(id), "petition.console.published");
    }

    public void reject() {
        decide(() -> petitions.reject(id, rejectReason, rejectNote), "petition.console.rejected");
    }

    public void answer() {
        decide(() -> {
            if (document == null || document.getSize() == 0) {
                petitions.answer(id, decision, response, null, null);
                return;
            }
            try (InputStream in = document.getInputStream()) {
                petitions.answer(id, decision, response, document.getSubmittedFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "petition.console.answered");
        document = null;
    }

    private void decide(Runnable step, String doneKey) {
        if (Messages.attempt(language.getLocale(), doneKey, step)) {
            petition = reading.view(id);
            next = moderator ? reading.nextInQueue().map(Petition::id).orElse(null) : null;
        }
    }

    /** Whether the signed-in person may publish or reject this petition now. */
    public boolean isModerating() {
        return moderator && petition != null && petition.status() == PetitionStatus.SUBMITTED;
    }

    /** Whether the signed-in person may answer this petition now. */
    public boolean isAnswering() {
        return responder && petition != null && petition.status() == PetitionStatus.UNDER_CONSIDERATION;
    }

    public boolean isOverdue() {
        return petition != null && petition.isOverdue(clock.instant());
    }

    public boolean isModerator() {
        return moderator;
    }

    /** The next submission to review once this one is decided, or null when none waits. */
    public Long getNext() {
        return next;
    }

    public Petition getPetition() {
        return petition;
    }

    public RejectionReason[] getRejectionReasons() {
        return RejectionReason.values();
    }

    public ResponseDecision[] getDecisions() {
        return ResponseDecision.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RejectionReason getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(RejectionReason rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getRejectNote() {
        return rejectNote;
    }

    public void setRejectNote(String rejectNote) {
        this.rejectNote = rejectNote;
    }

    public ResponseDecision getDecision() {
        return decision;
    }

    public void setDecision(ResponseDecision decision) {
        this.decision = decision;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
