package ua.hromada.consultations.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ua.hromada.consultations.CommentModeration;
import ua.hromada.consultations.Commenting;
import ua.hromada.consultations.ComplaintReason;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationAction;
import ua.hromada.consultations.ConsultationComment;
import ua.hromada.consultations.ConsultationPermissions;
import ua.hromada.consultations.ConsultationPhase;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.ReportOutcome;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/** One consultation's public page: the question, its dates, the answers with their replies; commenting and support. */
// request scoped for the same reason as the petition page: reading opens no HTTP session. The
// consultation and its threads load on first use, because a postback asks which forms are
// rendered (and the threads' reply forms are found by their row) before the view action runs
@Named
@RequestScoped
public class ConsultationView {
    @Inject
    ConsultationReading reading;

    @Inject
    Commenting commenting;

    @Inject
    CommentModeration moderation;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private long id;
    private String after;
    private Consultation consultation;
    private Page<ConsultationReading.Thread> threads;
    private Set<Long> supported = Set.of();
    private long commentCount;
    private List<StoredDocument> documents;
    private List<ReportOutcome> outcomes;
    private String text;
    private String replyText;
    private ComplaintReason complaintReason;
    private String complaintNote;

    @PostConstruct
    void fromAddress() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.parseLong(param); // the view parameter sets the same value later; a bad one is its 400
        }
    }

    /** f:viewAction: an unknown (or unpublished) consultation is a 404 page. */
    public void load() throws IOException {
        if (getConsultation() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    private void refresh() {
        consultation = reading.view(id);
        if (consultation.isPoll()) {
            threads = new Page<>(List.of(), null); // a poll takes no comments: its page reads none
            return;
        }
        threads = reading.threads(id, after, Page.DEFAULT_LIMIT);
        commentCount = reading.commentCount(id);
        supported = reading.supportedByMe(threads.items().stream()
                .flatMap(t -> Stream.concat(Stream.of(t.answer()), t.replies().stream())).map(ConsultationComment::id).toList());
    }

    /** The consultation, loaded on first use (null when there is none: the view action answers 404). */
    public Consultation getConsultation() {
        if (consultation == null && id > 0) {
            try {
                refresh();
            } catch (NotFoundException e) {
                return null;
            }
        }
        return consultation;
    }

    /** The signed-in person answers the question; refusals (closed, not a resident, markup) are shown and the text kept. */
    public void comment() {
        if (Messages.attempt(language.getLocale(), "consultation.commented", () -> commenting.comment(id, text))) {
            text = null;
            refresh();
        }
    }

    public void reply(long answerId) {
        if (Messages.attempt(language.getLocale(), "consultation.replied", () -> commenting.reply(id, answerId, replyText))) {
            replyText = null;
            refresh();
        }
    }

    public void support(long commentId) {
        if (Messages.attempt(language.getLocale(), "consultation.supported", () -> commenting.support(commentId))) {
            refresh();
        }
    }

    /** Anyone signed in complains about a comment; the moderators' queue gets it. */
    public void complain(long commentId) {
        if (Messages.attempt(language.getLocale(), "consultation.complained",
                () -> moderation.complain(commentId, complaintReason, complaintNote))) {
            complaintReason = null;
            complaintNote = null;
        }
    }

    /** Whether the signed-in person may complain about this comment (not their own, not hidden). */
    public boolean mayComplain(ConsultationComment comment) {
        Long person = Acting.current().personId();
        return person != null && !person.equals(comment.authorId()) && !comment.isHidden();
    }

    /** Whether the visitor moderates here (a link to the comment's console page). */
    public boolean isModerator() {
        return getConsultation() != null && permissions.allows(ConsultationAction.MODERATE, consultation.communityId());
    }

    public ComplaintReason[] getComplaintReasons() {
        return ComplaintReason.values();
    }

    public ComplaintReason getComplaintReason() {
        return complaintReason;
    }

    public void setComplaintReason(ComplaintReason complaintReason) {
        this.complaintReason = complaintReason;
    }

    public String getComplaintNote() {
        return complaintNote;
    }

    public void setComplaintNote(String complaintNote) {
        this.complaintNote = complaintNote;
    }

    /** Whether the closed consultation's report is past its due date and still missing (shown publicly). */
    public boolean isReportOverdue() {
        return getConsultation() != null && consultation.isReportOverdue(clock.instant());
    }

    public ConsultationPhase getPhase() {
        return getConsultation() == null ? null : consultation.phase(clock.instant());
    }

    /** Whether this visitor's comment and support buttons can work now (the beans check again). */
    public boolean isMayTakePart() {
        return getPhase() == ConsultationPhase.OPEN && permissions.refusal(takingPart(), consultation).isEmpty();
    }

    /** For a signed-in visitor who may not take part in an open consultation: why (a bundle key), else null. */
    public String getRefusal() {
        if (getPhase() != ConsultationPhase.OPEN || !Acting.current().isSignedIn()) {
            return null;
        }
        return permissions.refusal(takingPart(), consultation).orElse(null);
    }

    private ConsultationAction takingPart() {
        return consultation.isPoll() ? ConsultationAction.ANSWER : ConsultationAction.COMMENT;
    }

    /** Whether the signed-in person may support this comment now: not their own, not twice. */
    public boolean maySupport(ConsultationComment comment) {
        Long person = Acting.current().personId();
        return isMayTakePart() && person != null && !person.equals(comment.authorId()) && !supported.contains(comment.id())
                && !comment.isHidden();
    }

    public boolean supports(ConsultationComment comment) {
        return supported.contains(comment.id());
    }

    /** The final report's outcomes for its items (none before the report). */
    public List<ReportOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = getConsultation() == null || consultation.reportPublishedAt() == null ? List.of() : reading.outcomes(id);
        }
        return outcomes;
    }

    /** The consultation's attached documents, in their order. */
    public List<StoredDocument> getDocuments() {
        if (documents == null) {
            documents = getConsultation() == null ? List.of() : reading.documents(id);
        }
        return documents;
    }

    public List<ConsultationReading.Thread> getThreads() {
        getConsultation();
        return threads == null ? List.of() : threads.items();
    }

    public String getNextThreads() {
        getConsultation();
        return threads == null ? null : threads.nextCursor();
    }

    public long getCommentCount() {
        return commentCount;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }
}
