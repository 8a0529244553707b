package ua.hromada.petitions.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.petitions.Eligibility;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionAction;
import ua.hromada.petitions.PetitionEvent;
import ua.hromada.petitions.PetitionPermissions;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.Petitions;
import ua.hromada.petitions.ReportReason;
import ua.hromada.petitions.Signature;
import ua.hromada.petitions.SignatureRemoval;
import ua.hromada.petitions.SignatureRemovals;
import ua.hromada.petitions.Signing;

/** One petition's public page: text and its corrections, live count, deadlines, history, response, signatories; signing. */
// request scoped, not view scoped: a view-scoped bean lives in the HTTP session, and reading a
// public petition must open none. Its forms post back to the petition's address, so the id comes
// again; the petition is loaded on first use, because a postback asks whether a button is rendered
// (signable, may correct) before view parameters and the view action reach the bean
@Named
@RequestScoped
public class PetitionView {

    @Inject
    PetitionReading reading;

    @Inject
    Signing signing;

    @Inject
    Petitions petitions;

    @Inject
    PetitionPermissions permissions;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    @Inject
    SignatureRemovals removalsOf;

    private long id;
    private String after;
    private Petition petition;
    private List<PetitionEvent> history = List.of();
    private List<Instant> corrections = List.of();
    private Page<Signature> signatories = new Page<>(List.of(), null);
    private Optional<Signature> mine = Optional.empty();
    private List<SignatureRemoval> removals = List.of();
    private String correctionTitle;
    private String correctionText;
    private ReportReason reportReason;
    private String reportNote;

    @PostConstruct
    void fromAddress() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.parseLong(param); // the view parameter sets the same value later; a bad one is its 400
        }
    }

    /** f:viewAction: an unknown (or not yet public) petition is a 404 page. */
    public void load() throws IOException {
        try {
            if (petition == null) {
                refresh();
            }
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    private void refresh() {
        petition = reading.view(id);
        if (correctionTitle == null) { // not over what a moderator just typed
            correctionTitle = petition.title();
            correctionText = petition.text();
        }
        history = reading.history(id);
        corrections = reading.correctionDates(id);
        signatories = reading.signatories(id, after, Page.DEFAULT_LIMIT);
        mine = reading.mySignature(id);
        removals = removalsOf.of(petition).stream().filter(SignatureRemoval::isPublic).toList();
    }

    /** Removals of signatures, shown publicly with their count, date and reason. */
    public List<SignatureRemoval> getRemovals() {
        return removals;
    }

    /** The signed-in person signs; refusals (closed, twice, not a resident) are shown, never lost. */
    public void sign() {
        if (Messages.attempt(language.getLocale(), "petition.signed", () -> signing.sign(id))) {
            refresh();
        }
    }

    /** Moderators: fixes typos in a published petition; the original is kept and the page shows the date. */
    public void correct() {
        if (Messages.attempt(language.getLocale(), "petition.corrected", () -> petitions.correct(id, correctionTitle, correctionText))) {
            refresh();
        }
    }

    public void report() {
        if (Messages.attempt(language.getLocale(), "petition.reported", () -> petitions.report(id, reportReason, reportNote))) {
            reportReason = null;
            reportNote = null;
        }
    }

    /** The petition, loaded on first use (null when there is none: the view action answers 404). */
    public Petition getPetition() {
        if (petition == null && id > 0) {
            try {
                refresh();
            } catch (NotFoundException e) {
                return null;
            }
        }
        return petition;
    }

    public List<PetitionEvent> getHistory() {
        return history;
    }

    /** When moderators corrected typos, oldest first. */
    public List<Instant> getCorrections() {
        return corrections;
    }

    public List<Signature> getSignatories() {
        return signatories.items();
    }

    public String getNextSignatories() {
        return signatories.nextCursor();
    }

    public Signature getMySignature() {
        return mine.orElse(null);
    }

    public boolean isCollecting() {
        return getPetition() != null && petition.isCollecting(clock.instant());
    }

    /** Whether the sign button can work for this visitor (the bean checks again when it is pressed). */
    public boolean isSignable() {
        return isCollecting() && mine.isEmpty() && permissions.allows(PetitionAction.SIGN, petition.communityId(),
                petition.rules().signers(), petition.rules().signIn());
    }

    /** For a signed-in visitor who may not sign a collecting petition: why (a bundle key), else null. */
    public String getSignRefusal() {
        if (!isCollecting() || mine.isPresent() || !ua.hromada.core.access.Acting.current().isSignedIn()) {
            return null;
        }
        return permissions.refusalFor(PetitionAction.SIGN, petition.communityId(), petition.rules().signers(),
                petition.rules().signIn()).orElse(null);
    }

    public boolean isResponseOverdue() {
        return getPetition() != null && petition.isResponseOverdue(clock.instant());
    }

    public boolean isMayExport() {
        return getPetition() != null && permissions.allows(PetitionAction.EXPORT_SIGNATORIES, petition.communityId());
    }

    /** Shows the typo-correction form to moderators (the bean checks again). */
    public boolean isMayCorrect() {
        return getPetition() != null && petition.status().isPublic()
                && permissions.allows(PetitionAction.MODERATE, petition.communityId());
    }

    public String getCorrectionTitle() {
        return correctionTitle;
    }

    public void setCorrectionTitle(String correctionTitle) {
        this.correctionTitle = correctionTitle;
    }

    public String getCorrectionText() {
        return correctionText;
    }

    public void setCorrectionText(String correctionText) {
        this.correctionText = correctionText;
    }

    public boolean isOvershoot() {
        return petition != null && petition.signatureCount() > petition.rules().threshold();
    }

    public ReportReason[] getReportReasons() {
        return ReportReason.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public ReportReason getReportReason() {
        return reportReason;
    }

    public void setReportReason(ReportReason reportReason) {
        this.reportReason = reportReason;
    }

    public String getReportNote() {
        return reportNote;
    }

    public void setReportNote(String reportNote) {
        this.reportNote = reportNote;
    }
}
