package ua.hromada.petitions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.core.identity.SignInException;
import ua.hromada.petitions.Eligibility;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionAction;
import ua.hromada.petitions.PetitionPermissions;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionReport;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionSettings;
import ua.hromada.petitions.Petitions;
import ua.hromada.petitions.RejectionReason;
import ua.hromada.petitions.ResponseDecision;

/**
 * The community console's petitions: the moderation queue by due date, petitions awaiting the
 * official response, reports, and the community's petition rules. The beans decide who may do what.
 */
@Named
@ViewScoped
public class PetitionConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Petitions petitions;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionSettings settings;

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

    private boolean moderator;
    private boolean responder;
    private List<Petition> queue = List.of();
    private List<Petition> awaiting = List.of();
    private List<PetitionReport> reports = List.of();
    private RejectionReason rejectReason;
    private String rejectNote;
    private ResponseDecision decision;
    private String response;
    /** The signed response (PDF) uploaded with the answer form; only for the request that carries it. */
    private transient Part document;
    private final Rules rules = new Rules();

    /** f:viewAction: moderators and the secretariat only; others go to sign-in or get 403. */
    public void load() throws IOException {
        long community = tenant.require().id();
        moderator = permissions.allows(PetitionAction.MODERATE, community);
        responder = permissions.allows(PetitionAction.RESPOND, community);
        if (!moderator && !responder) {
            access.refuse("/" + tenant.require().slug() + "/admin/petitions");
            return;
        }
        refresh();
        PetitionRules current = settings.current();
        rules.threshold = current.threshold();
        rules.collectionDays = current.collectionDays();
        rules.moderationDays = current.moderationDays();
        rules.considerationDays = current.considerationDays();
        rules.signers = current.signers();
        rules.continueAfterThreshold = current.continueAfterThreshold();
        rules.textMin = current.textMin();
        rules.textMax = current.textMax();
        rules.authors = settings.authors();
        rules.perPersonMonthly = settings.perPersonMonthly();
    }

    private void refresh() {
        try {
            queue = moderator ? reading.queue() : List.of();
            reports = moderator ? reading.reports() : List.of();
            awaiting = responder ? reading.awaitingResponse() : List.of();
        } catch (ForbiddenException | SignInException e) {
            queue = List.of();
            awaiting = List.of();
        }
    }

    public void publish(long id) {
        act(() -> petitions.publish(id), "petition.console.published");
    }

    public void reject(long id) {
        act(() -> petitions.reject(id, rejectReason, rejectNote), "petition.console.rejected");
    }

    public void answer(long id) {
        act(() -> {
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

    public void saveRules() {
        act(() -> settings.change(Map.of(PetitionRules.THRESHOLD, String.valueOf(rules.threshold),
                PetitionRules.COLLECTION_DAYS, String.valueOf(rules.collectionDays),
                PetitionRules.MODERATION_DAYS, String.valueOf(rules.moderationDays),
                PetitionRules.CONSIDERATION_DAYS, String.valueOf(rules.considerationDays),
                PetitionRules.AUTHORS, rules.authors.name(), PetitionRules.SIGNERS, rules.signers.name(),
                PetitionRules.CONTINUE_AFTER_THRESHOLD, String.valueOf(rules.continueAfterThreshold),
                PetitionRules.TEXT_MIN, String.valueOf(rules.textMin), PetitionRules.TEXT_MAX, String.valueOf(rules.textMax),
                PetitionRules.PER_PERSON_MONTHLY, String.valueOf(rules.perPersonMonthly))), "petition.console.rules-saved");
    }

    private void act(Runnable step, String doneKey) {
        if (Messages.attempt(language.getLocale(), doneKey, step)) {
            rejectReason = null;
            rejectNote = null;
            decision = null;
            response = null;
            refresh();
        }
    }

    public boolean overdue(Petition petition) {
        return petition.isModerationOverdue(clock.instant()) || petition.isResponseOverdue(clock.instant());
    }

    public boolean isModerator() {
        return moderator;
    }

    public boolean isResponder() {
        return responder;
    }

    public List<Petition> getQueue() {
        return queue;
    }

    public List<Petition> getAwaiting() {
        return awaiting;
    }

    public List<PetitionReport> getReports() {
        return reports;
    }

    public RejectionReason[] getRejectionReasons() {
        return RejectionReason.values();
    }

    public ResponseDecision[] getDecisions() {
        return ResponseDecision.values();
    }

    public Eligibility[] getEligibilities() {
        return Eligibility.values();
    }

    public Rules getRules() {
        return rules;
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

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    /** The rules form; the bean validates the values together before any is saved. */
    public static class Rules implements Serializable {
        private static final long serialVersionUID = 1L;
        private int threshold;
        private int collectionDays;
        private int moderationDays;
        private int considerationDays;
        private Eligibility authors;
        private Eligibility signers;
        private boolean continueAfterThreshold;
        private int textMin;
        private int textMax;
        private int perPersonMonthly;

        public int getThreshold() {
            return threshold;
        }

        public void setThreshold(int threshold) {
            this.threshold = threshold;
        }

        public int getCollectionDays() {
            return collectionDays;
        }

        public void setCollectionDays(int collectionDays) {
            this.collectionDays = collectionDays;
        }

        public int getModerationDays() {
            return moderationDays;
        }

        public void setModerationDays(int moderationDays) {
            this.moderationDays = moderationDays;
        }

        public int getConsiderationDays() {
            return considerationDays;
        }

        public void setConsiderationDays(int considerationDays) {
            this.considerationDays = considerationDays;
        }

        public Eligibility getAuthors() {
            return authors;
        }

        public void setAuthors(Eligibility authors) {
            this.authors = authors;
        }

        public Eligibility getSigners() {
            return signers;
        }

        public void setSigners(Eligibility signers) {
            this.signers = signers;
        }

        public boolean isContinueAfterThreshold() {
            return continueAfterThreshold;
        }

        public void setContinueAfterThreshold(boolean continueAfterThreshold) {
            this.continueAfterThreshold = continueAfterThreshold;
        }

        public int getTextMin() {
            return textMin;
        }

        public void setTextMin(int textMin) {
            this.textMin = textMin;
        }

        public int getTextMax() {
            return textMax;
        }

        public void setTextMax(int textMax) {
            this.textMax = textMax;
        }

        public int getPerPersonMonthly() {
            return perPersonMonthly;
        }

        public void setPerPersonMonthly(int perPersonMonthly) {
            this.perPersonMonthly = perPersonMonthly;
        }
    }
}
