package ua.hromada.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * An appeal or information request as registered: its number, who filed it (their name as the
 * identity provider gave it), to whom (a department, a deputy, or neither: the community's council
 * and executive bodies as a whole), its text, and its statutory due date; then its answer or, for an
 * information request, its refusal on a legal ground. Its clock may stop once, before it is due,
 * while the applicant is asked for a clarification.
 */
@Entity
@Table(name = "appeal")
@NamedQuery(name = Appeal.REFERRING_TO, query = "select a from Appeal a where a.previousAppealId = :previous order by a.filedAt, a.id")
public class Appeal {
    /** The appeals that refer to one (a complaint about a refusal), earliest first. */
    public static final String REFERRING_TO = "Appeal.referringTo";
    public static final int SUBJECT_MIN = 5;
    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MIN = 20;
    public static final int TEXT_MAX = 10_000;
    public static final int ANSWER_MIN = 20;
    public static final int ANSWER_MAX = 20_000;
    /** How many files an appeal may carry (table {@code appeal_attachment}). */
    public static final int ATTACHMENTS_MAX = 5;
    /** A clarification's question and the applicant's reply; the history keeps them whole. */
    public static final int CLARIFICATION_MIN = 10;
    public static final int CLARIFICATION_MAX = AppealEvent.NOTE_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    /** The registration number, unique in the community: year and serial, e.g. 2026-000017. */
    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private AppealKind kind;

    @Column(name = "department_id")
    private Long departmentId;

    /** The deputy it is addressed to (then no department): they answer it themselves. */
    @Column(name = "deputy_id", updatable = false)
    private Long deputyId;

    /** Who in its department works it, as the department's head assigned it (none: the department as a whole). */
    @Column(name = "executor_id")
    private Long executorId;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String text;

    /** Information requests only: how the answer is to reach the person. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_form", length = 16)
    private AnswerForm answerForm;

    /** The public matter it was handed over from (a petition's link), whose readers may follow its progress; null for others. */
    @Column(name = "public_source", length = 500, updatable = false)
    private String publicSource;

    /** The applicant allows the answer to be published without their personal data. */
    @Column(nullable = false)
    private boolean publishable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppealStatus status = AppealStatus.REGISTERED;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    /** The end of the due date's last day in the community's time zone. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** An official found that it needs no further study: due within 15 days of its arrival. */
    @Column(name = "no_further_study", nullable = false)
    private boolean noFurtherStudy;

    /** When an official extended the term, once, and why (the applicant reads the reason). */
    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    /** When the deadline sweeper found it overdue and told its department's heads (or the secretariat), once. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_text", columnDefinition = "MEDIUMTEXT")
    private String answerText;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    /** The answer as drafted by an official, not yet sent (the officials' only), by whom and when. */
    @Column(name = "answer_draft", columnDefinition = "MEDIUMTEXT")
    private String answerDraft;

    @Column(name = "drafted_by_id")
    private Long draftedById;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    /** The applicant's rating of the answer (or refusal), once, and when. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_rating", length = 16)
    private AnswerRating answerRating;

    @Column(name = "rated_at")
    private Instant ratedAt;

    /** The answer's letter as the official signed it (a PDF in the document store), if they attached one. */
    @Column(name = "answer_document_id")
    private Long answerDocumentId;

    /** A refusal: the ground it cited, and its wording as cited then (a ground reworded later does not change it). */
    @Column(name = "refusal_ground_id")
    private Long refusalGroundId;

    @Column(name = "refusal_ground", length = RefusalGround.WORDING_MAX)
    private String refusalGround;

    /** The pause for a clarification, once: the question, the applicant's reply, when the clock stopped and ran again. */
    @Column(name = "clarification_question", length = CLARIFICATION_MAX)
    private String clarificationQuestion;

    @Column(name = "clarification_reply", length = CLARIFICATION_MAX)
    private String clarificationReply;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    /** The applicant's earlier appeal this one refers to (a complaint about a refusal). */
    @Column(name = "previous_appeal_id", updatable = false)
    private Long previousAppealId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Appeal() {
    }

    public Appeal(String number, AppealKind kind, Long departmentId, Long deputyId, long applicantId, String applicantName,
            String subject, String text, AnswerForm answerForm, boolean publishable, Instant filedAt, Instant dueAt) {
        if (kind == null) {
            throw new InvalidInputException("appeals.kind.required");
        }
        if (departmentId != null && deputyId != null) {
            throw new InvalidInputException("appeals.addressee.one");
        }
        this.number = number;
        this.kind = kind;
        this.departmentId = departmentId;
        this.deputyId = deputyId;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.subject = bounded(subject, SUBJECT_MIN, SUBJECT_MAX, "appeals.subject.length");
        this.text = bounded(text, TEXT_MIN, TEXT_MAX, "appeals.text.length");
        this.answerForm = kind.isInformationRequest() ? (answerForm == null ? AnswerForm.ELECTRONIC : answerForm) : null;
        this.publishable = publishable;
        this.filedAt = filedAt;
        this.dueAt = dueAt.truncatedTo(ChronoUnit.MICROS); // as the column keeps it, so comparisons agree before and after a read
        this.updatedAt = filedAt;
    }

    /** At registration only: this appeal refers to the applicant's earlier one (the bean checks it is theirs). */
    public void referTo(long previous) {
        if (id != null) {
            throw new IllegalStateException("an appeal refers to another only as it is registered");
        }
        this.previousAppealId = previous;
    }

    /**
     * The answer, once, with its signed letter in the document store (or null): an answered appeal
     * is not answered again (a repeat appeal is a new one).
     */
    public void answer(String answer, String by, Long letterDocumentId, Instant now) {
        requireRunning("appeals.answer.already");
        this.answerText = bounded(answer, ANSWER_MIN, ANSWER_MAX, "appeals.answer.length");
        this.answerDocumentId = letterDocumentId;
        this.answeredBy = by;
        this.answeredAt = now;
        this.status = AppealStatus.ANSWERED;
        this.updatedAt = now;
        clearDraft();
    }

    /** The answer drafted (again) while the appeal waits for it, up to an answer's length; the applicant does not see it. */
    public void draftAnswer(String draft, long byPersonId, Instant now) {
        requireRunning("appeals.answer.already");
        this.answerDraft = bounded(draft, 1, ANSWER_MAX, "appeals.draft.length");
        this.draftedById = byPersonId;
        this.draftedAt = now;
        this.updatedAt = now;
    }

    private void clearDraft() {
        this.answerDraft = null;
        this.draftedById = null;
        this.draftedAt = null;
    }

    /**
     * The term extended, once, while it runs: to a later due moment no later than {@code latest}
     * (the law's longest term), with a reason of 10 to 1,000 characters.
     */
    public void extendTo(Instant newDueAt, Instant latest, String reason, Instant now) {
        requireRunning("appeals.extend.answered");
        if (extendedAt != null) {
            throw new ConflictException("appeals.extend.twice", id);
        }
        if (now.isAfter(dueAt)) {
            throw new ConflictException("appeals.extend.overdue", id);
        }
        Instant newDue = newDueAt.truncatedTo(ChronoUnit.MICROS);
        if (!newDue.isAfter(dueAt) || newDue.isAfter(latest)) {
            throw new InvalidInputException("appeals.extend.date");
        }
        this.extensionReason = bounded(reason, 10, 1000, "appeals.extend.reason");
        this.dueAt = newDue;
        this.extendedAt = now;
        this.updatedAt = now;
    }

    /**
     * Found to need no further study, once, while it waits and before any extension: due at
     * {@code shortDue} (15 days from its arrival) instead, which must be earlier than its term and
     * not yet past (a term cut to one already over would make it overdue at once).
     */
    public void needsNoFurtherStudy(Instant shortDue, Instant now) {
        if (status != AppealStatus.REGISTERED) {
            throw new ConflictException("appeals.shorten.answered", id);
        }
        if (kind.isInformationRequest()) {
            throw new InvalidInputException("appeals.shorten.request");
        }
        if (noFurtherStudy || extendedAt != null) {
            throw new ConflictException("appeals.shorten.changed", id);
        }
        Instant due = shortDue.truncatedTo(ChronoUnit.MICROS);
        if (!due.isBefore(dueAt)) {
            throw new InvalidInputException("appeals.shorten.not-shorter");
        }
        if (now.isAfter(due)) {
            throw new ConflictException("appeals.shorten.late", id);
        }
        this.noFurtherStudy = true;
        this.dueAt = due;
        this.updatedAt = now;
    }

    /**
     * Routed to another department (or to the body as a whole, with null) while it waits for its
     * answer; its executor was the old department's. An appeal to a deputy is the deputy's.
     */
    public void routeTo(Long department, Instant now) {
        requireRunning("appeals.route.answered");
        if (deputyId != null) {
            throw new ConflictException("appeals.route.deputy", id);
        }
        this.departmentId = department;
        this.executorId = null;
        this.updatedAt = now;
    }

    /** Given to one of its department's staff to work (the caller checked that they are). */
    public void assignTo(long executor, Instant now) {
        if (status != AppealStatus.REGISTERED) {
            throw new ConflictException("appeals.assign.answered", id);
        }
        if (departmentId == null) {
            throw new ConflictException("appeals.assign.no-department", id);
        }
        this.executorId = executor;
        this.updatedAt = now;
    }

    /** Handed over from a public matter at {@code link}: its progress is public as the matter was. */
    public void handedOverFrom(String link) {
        this.publicSource = link;
    }

    /** Marked escalated, once, when it is overdue; false when it is not overdue or was escalated before. */
    public boolean escalate(Instant now) {
        if (!isOverdue(now) || escalatedAt != null) {
            return false;
        }
        this.escalatedAt = now;
        this.updatedAt = now;
        return true;
    }

    /**
     * An information request refused, once, while it waits, on one of its community's active grounds
     * (the bean finds it among the community's), with an explanation the applicant reads.
     */
    public void refuse(RefusalGround ground, String explanation, String by, Instant now) {
        if (!kind.isInformationRequest()) {
            throw new ConflictException("appeals.refuse.not-request", id);
        }
        requireRunning("appeals.answer.already");
        if (ground == null || !ground.isActive() || !ground.communityId().equals(communityId)) {
            throw new InvalidInputException("appeals.refuse.ground");
        }
        this.answerText = bounded(explanation, ANSWER_MIN, ANSWER_MAX, "appeals.refuse.length");
        this.refusalGroundId = ground.id();
        this.refusalGround = ground.wording();
        this.answeredBy = by;
        this.answeredAt = now;
        this.status = AppealStatus.REFUSED;
        this.updatedAt = now;
        clearDraft();
    }

    /** The clock stops while the applicant is asked {@code question}: once, while it waits and before it is due. */
    public void pause(String question, Instant now) {
        requireRunning("appeals.pause.settled");
        if (pausedAt != null) {
            throw new ConflictException("appeals.pause.twice", id);
        }
        if (now.isAfter(dueAt)) {
            throw new ConflictException("appeals.pause.overdue", id);
        }
        this.clarificationQuestion = bounded(question, CLARIFICATION_MIN, CLARIFICATION_MAX, "appeals.pause.question");
        this.pausedAt = now;
        this.status = AppealStatus.AWAITING_CLARIFICATION;
        this.updatedAt = now;
    }

    /** The applicant's reply: the clock runs again, to {@code newDueAt} (the old one moved by the days it stood, see AppealTerms). */
    public void resume(String reply, Instant newDueAt, Instant now) {
        if (status != AppealStatus.AWAITING_CLARIFICATION) {
            throw new ConflictException("appeals.reply.not-asked", id);
        }
        this.clarificationReply = bounded(reply, CLARIFICATION_MIN, CLARIFICATION_MAX, "appeals.reply.length");
        this.dueAt = newDueAt.truncatedTo(ChronoUnit.MICROS);
        this.resumedAt = now;
        this.status = AppealStatus.REGISTERED;
        this.updatedAt = now;
    }

    /** The applicant rates the answer or refusal they got, once. */
    public void rate(AnswerRating rating, Instant now) {
        if (status != AppealStatus.ANSWERED && status != AppealStatus.REFUSED) {
            throw new ConflictException("appeals.rate.not-answered", id);
        }
        if (answerRating != null) {
            throw new ConflictException("appeals.rate.twice", id);
        }
        if (rating == null) {
            throw new InvalidInputException("appeals.rate.choose");
        }
        this.answerRating = rating;
        this.ratedAt = now;
    }

    /** Waiting for the secretariat past the end of its due date: never while paused (the clock stands), never once answered or refused. */
    public boolean isOverdue(Instant now) {
        return status == AppealStatus.REGISTERED && now.isAfter(dueAt);
    }

    /** Waiting for the applicant's clarification. */
    public boolean isPaused() {
        return status == AppealStatus.AWAITING_CLARIFICATION;
    }

    /** Only a registered appeal moves: a paused one waits for its applicant, a settled one is done. */
    private void requireRunning(String settledKey) {
        if (status == AppealStatus.AWAITING_CLARIFICATION) {
            throw new ConflictException("appeals.paused", id);
        }
        if (status != AppealStatus.REGISTERED) {
            throw new ConflictException(settledKey, id);
        }
    }

    private static String bounded(String value, int min, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw new InvalidInputException(key, min, max);
        }
        return v;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String number() {
        return number;
    }

    public AppealKind kind() {
        return kind;
    }

    public Long departmentId() {
        return departmentId;
    }

    public Long deputyId() {
        return deputyId;
    }

    public Long executorId() {
        return executorId;
    }

    public Long applicantId() {
        return applicantId;
    }

    public String applicantName() {
        return applicantName;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public AnswerForm answerForm() {
        return answerForm;
    }

    public String publicSource() {
        return publicSource;
    }

    public boolean publishable() {
        return publishable;
    }

    public AppealStatus status() {
        return status;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean noFurtherStudy() {
        return noFurtherStudy;
    }

    public Instant extendedAt() {
        return extendedAt;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answerText() {
        return answerText;
    }

    public String answerDraft() {
        return answerDraft;
    }

    public Long draftedById() {
        return draftedById;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public AnswerRating answerRating() {
        return answerRating;
    }

    public Long answerDocumentId() {
        return answerDocumentId;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long refusalGroundId() {
        return refusalGroundId;
    }

    public String refusalGround() {
        return refusalGround;
    }

    public String clarificationQuestion() {
        return clarificationQuestion;
    }

    public String clarificationReply() {
        return clarificationReply;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant resumedAt() {
        return resumedAt;
    }

    public Long previousAppealId() {
        return previousAppealId;
    }
}
