package ua.hromada.consultations.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationAction;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationKind;
import ua.hromada.consultations.ConsultationPermissions;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.ConsultationStatus;
import ua.hromada.consultations.Consultations;
import ua.hromada.consultations.ConsultationPhase;
import ua.hromada.consultations.PollQuestion;
import ua.hromada.consultations.RegulationSection;
import ua.hromada.consultations.ReportOutcome;
import ua.hromada.consultations.QuestionType;
import ua.hromada.consultations.ResultsShown;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' consultations console: every consultation in a lazy table, and the form that
 * prepares a draft, changes it and publishes it. The view actions open the pages for those the
 * permission table admits; every call goes to the beans, which check again.
 */
@Named
@ViewScoped
public class ConsultationConsole implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CONSOLE = "/admin/consultations";
    static final int OTHER_ANSWERS_SHOWN = 200;

    @Inject
    ConsultationReading reading;

    @Inject
    Consultations consultations;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private LazyRows<Consultation> all;
    private long id;
    private Consultation consultation;
    private String title;
    private String description;
    private ConsultationCategory category;
    private Audience audience = Audience.RESIDENTS;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String reportText;
    private ConsultationKind kind = ConsultationKind.QUESTION;
    private ResultsShown resultsShown = ResultsShown.LIVE;
    private List<PollQuestion> questions = List.of();
    private String questionText;
    private QuestionType questionType = QuestionType.SINGLE;
    private String optionLines;
    private int minChoices = 1;
    private int maxChoices = 2;
    private int maxScore = 5;
    private boolean otherAllowed;
    private List<RegulationSection> sections = List.of();
    private List<StoredDocument> documents = List.of();
    private List<OutcomeRow> outcomeRows = List.of();
    private java.util.Map<Long, List<String>> otherAnswers = java.util.Map.of();
    private transient Part document;
    private String actText;
    private String versionNote;

    /** f:viewAction of the list. */
    public void loadList() throws IOException {
        if (admitted(CONSOLE)) {
            all = new LazyRows<>(query -> reading.all(query), Consultation::id, "newest", true);
        }
    }

    /** f:viewAction of the form: a new draft, or the consultation {@code id} (404 for none here). */
    public void loadForm() throws IOException {
        if (!admitted(id == 0 ? CONSOLE + "/new" : CONSOLE + "/" + id) || id == 0 || consultation != null) {
            return;
        }
        try {
            show(reading.find(id));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** Creates the draft (and goes to its own address) or saves the changed one; a refusal is shown and nothing typed is lost. */
    public void save() throws IOException {
        Instant starts = startsAt == null ? null : startsAt.atZone(zone()).toInstant();
        Instant ends = endsAt == null ? null : endsAt.atZone(zone()).toInstant();
        if (consultation != null) {
            Messages.attempt(language.getLocale(), "consultation.console.saved",
                    () -> show(consultations.edit(id, title, description, category, audience, resultsShown, starts, ends)));
        } else if (Messages.attempt(language.getLocale(), "consultation.console.created",
                () -> show(consultations.create(kind, title, description, category, audience, resultsShown, starts, ends)))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + CONSOLE + "/" + id);
        }
    }

    /** Adds the question being typed to the draft poll; on a refusal what was typed stays. */
    public void addQuestion() {
        List<String> options = optionLines == null ? List.of() : List.of(optionLines.split("\\R"));
        if (Messages.attempt(language.getLocale(), "consultation.console.question-added", () -> consultations.addQuestion(id, questionText,
                questionType, options, minChoices, maxChoices, maxScore, otherAllowed))) {
            questionText = null;
            optionLines = null;
            otherAllowed = false;
            questions = reading.questions(id);
        }
    }

    public void removeQuestion(long questionId) {
        if (Messages.attempt(language.getLocale(), "consultation.console.question-removed", () -> consultations.removeQuestion(id, questionId))) {
            questions = reading.questions(id);
        }
    }

    /** Attaches the chosen PDF; a refusal (not a PDF, too large, too many) is shown. */
    public void attach() throws IOException {
        if (document == null || document.getSize() == 0) {
            Messages.show(new InvalidInputException("consultation.document.required"), language.getLocale());
            return;
        }
        try (InputStream in = document.getInputStream()) {
            if (Messages.attempt(language.getLocale(), "consultation.console.document-attached",
                    () -> consultations.attach(id, document.getSubmittedFileName(), in))) {
                documents = reading.documents(id);
            }
        }
        document = null;
    }

    public void detach(long documentId) {
        if (Messages.attempt(language.getLocale(), "consultation.console.document-detached", () -> consultations.detach(id, documentId))) {
            documents = reading.documents(id);
        }
    }

    public List<StoredDocument> getDocuments() {
        return documents;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    /** A draft discussion's act from its whole text, split at its headings; on a refusal the text stays. */
    public void splitAct() {
        if (Messages.attempt(language.getLocale(), "regulation.console.split", () -> consultations.setActText(id, actText))) {
            sections = reading.sections(consultation, 1);
        }
    }

    /** An open discussion's revised act from its whole text, published as the next version with a note. */
    public void revise() {
        if (Messages.attempt(language.getLocale(), "regulation.console.revised", () -> consultations.revise(id, actText, versionNote))) {
            show(reading.find(id));
            actText = null;
            versionNote = null;
        }
    }

    /** The act's current sections as one text to revise (headings and texts), when the field is empty. */
    public String getActText() {
        if (actText == null && !sections.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (RegulationSection section : sections) {
                text.append(section.title()).append('\n').append(section.text()).append("\n\n");
            }
            return text.toString().strip();
        }
        return actText;
    }

    public void setActText(String actText) {
        this.actText = actText;
    }

    public String getVersionNote() {
        return versionNote;
    }

    public void setVersionNote(String versionNote) {
        this.versionNote = versionNote;
    }

    public List<RegulationSection> getSections() {
        return sections;
    }

    public boolean isDiscussion() {
        return kind == ConsultationKind.DISCUSSION;
    }

    /** Whether an open discussion can take a revised version now. */
    public boolean isRevisable() {
        return consultation != null && consultation.isDiscussion() && consultation.phase(clock.instant()) == ConsultationPhase.OPEN;
    }

    /** One item of the report to decide on, as the form edits it. */
    public static final class OutcomeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReportOutcome.Item item;
        private ReportOutcome.Decision decision;
        private String reason;

        OutcomeRow(ReportOutcome.Item item) {
            this.item = item;
        }

        public ReportOutcome.Item getItem() {
            return item;
        }

        public ReportOutcome.Decision getDecision() {
            return decision;
        }

        public void setDecision(ReportOutcome.Decision decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** Publishes the final report of the closed consultation with its items' outcomes; a refusal keeps what was typed. */
    public void publishReport() {
        List<ReportOutcome> outcomes = outcomeRows.stream().map(r -> new ReportOutcome(r.item, r.decision, r.reason)).toList();
        Messages.attempt(language.getLocale(), "consultation.console.report-published",
                () -> show(consultations.publishReport(id, reportText, outcomes)));
    }

    /** A poll question's "other" answers for the moderators (newest first, at most {@value #OTHER_ANSWERS_SHOWN}). */
    public List<String> otherAnswers(PollQuestion question) {
        return otherAnswers.getOrDefault(question.id(), List.of());
    }

    public List<OutcomeRow> getOutcomeRows() {
        return outcomeRows;
    }

    public ReportOutcome.Decision[] getDecisions() {
        return ReportOutcome.Decision.values();
    }

    /** Whether it has closed and waits for its report (the form shows then). */
    public boolean isReportDue() {
        return consultation != null && consultation.status() == ConsultationStatus.CLOSED && consultation.reportPublishedAt() == null;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    /** Publishes the draft. */
    public void publish() {
        Messages.attempt(language.getLocale(), "consultation.console.published", () -> show(consultations.publish(id)));
    }

    private void show(Consultation c) {
        consultation = c;
        id = c.id();
        title = c.title();
        description = c.description();
        category = c.category();
        audience = c.audience();
        kind = c.kind();
        resultsShown = c.resultsShown();
        questions = c.isPoll() ? reading.questions(c.id()) : List.of();
        otherAnswers = c.isPoll() && c.isPublic() ? reading.otherAnswers(c.id(), OTHER_ANSWERS_SHOWN) : java.util.Map.of();
        sections = c.isDiscussion() ? reading.sections(c, Math.max(1, c.actVersion())) : List.of();
        documents = reading.documents(c.id());
        outcomeRows = isReportDue() ? reading.reportItems(c).stream().map(OutcomeRow::new).toList() : List.of();
        startsAt = LocalDateTime.ofInstant(c.startsAt(), zone());
        endsAt = LocalDateTime.ofInstant(c.endsAt(), zone());
    }

    private ZoneId zone() {
        return tenant.require().zone();
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(ConsultationAction.MANAGE, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public boolean isDraft() {
        return consultation == null || !consultation.isPublic();
    }

    public java.time.Instant getNow() {
        return clock.instant();
    }

    public String phaseKey(Consultation c) {
        return c.phase(clock.instant()).labelKey();
    }

    public LazyRows<Consultation> getAll() {
        return all;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public ConsultationCategory[] getCategories() {
        return ConsultationCategory.values();
    }

    public ConsultationKind[] getKinds() {
        return ConsultationKind.values();
    }

    public ResultsShown[] getResultsShownChoices() {
        return ResultsShown.values();
    }

    public QuestionType[] getQuestionTypes() {
        return QuestionType.values();
    }

    public boolean isPoll() {
        return kind == ConsultationKind.POLL;
    }

    public List<PollQuestion> getQuestions() {
        return questions;
    }

    public ConsultationKind getKind() {
        return kind;
    }

    public void setKind(ConsultationKind kind) {
        this.kind = kind;
    }

    public ResultsShown getResultsShown() {
        return resultsShown;
    }

    public void setResultsShown(ResultsShown resultsShown) {
        this.resultsShown = resultsShown;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public QuestionType getQuestionType() {
        return questionType;
    }

    public void setQuestionType(QuestionType questionType) {
        this.questionType = questionType;
    }

    public String getOptionLines() {
        return optionLines;
    }

    public void setOptionLines(String optionLines) {
        this.optionLines = optionLines;
    }

    public int getMinChoices() {
        return minChoices;
    }

    public void setMinChoices(int minChoices) {
        this.minChoices = minChoices;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(int maxChoices) {
        this.maxChoices = maxChoices;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(int maxScore) {
        this.maxScore = maxScore;
    }

    public boolean isOtherAllowed() {
        return otherAllowed;
    }

    public void setOtherAllowed(boolean otherAllowed) {
        this.otherAllowed = otherAllowed;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ConsultationCategory getCategory() {
        return category;
    }

    public void setCategory(ConsultationCategory category) {
        this.category = category;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}
