package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

/**
 * A local e-petition. Its state changes only through the methods below, each refusing a transition
 * the law does not allow; the signature count is settled from the signature rows by the tally,
 * never incremented per signature.
 */
@Entity
@Table(name = "petition")
public class Petition {
    public static final int TITLE_MAX = 200;
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @org.hibernate.annotations.TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    /** How the author was signed in when submitting: their own signature, the first, shows it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "author_sign_in", length = 16)
    private SignInStrength authorSignIn;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PetitionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PetitionStatus status;

    @Embedded
    private PetitionRules rules;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Where it went when it did not gather its signatures: the public page of the request it became (below /{community}). */
    @Column(name = "handed_over_to", length = 200)
    private String handedOverTo;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "moderation_due_at")
    private Instant moderationDueAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "collection_ends_at")
    private Instant collectionEndsAt;

    @Column(name = "threshold_reached_at")
    private Instant thresholdReachedAt;

    @Column(name = "consideration_due_at")
    private Instant considerationDueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 32)
    private RejectionReason rejectionReason;

    @Column(name = "rejection_note", length = NOTE_MAX)
    private String rejectionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_decision", length = 32)
    private ResponseDecision responseDecision;

    @Column(name = "response_text", columnDefinition = "text")
    private String responseText;

    @Column(name = "response_by", length = 200)
    private String responseBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "response_document_id")
    private Long responseDocumentId;

    /** Settled by the tally from the signature rows; at most a few seconds behind them. */
    @Column(name = "signature_count", nullable = false)
    private int signatureCount;

    protected Petition() {
    }

    public Petition(long authorId, String authorName, String title, String text, PetitionCategory category,
            PetitionRules rules, Instant now) {
        this.authorId = authorId;
        this.authorName = authorName;
        this.rules = rules;
        this.status = PetitionStatus.DRAFT;
        this.createdAt = now;
        write(title, text, category, now);
    }

    /** The author, while it is a draft: changes what the petition says. */
    public void editDraft(String title, String text, PetitionCategory category, Instant now) {
        require(PetitionStatus.DRAFT, PetitionStatus.DRAFT);
        write(title, text, category, now);
    }

    /** Drafts may be unfinished (the form saves as the person types); only the maxima hold here. */
    private void write(String title, String text, PetitionCategory category, Instant now) {
        String t = title == null ? "" : title.strip();
        String body = text == null ? "" : text.strip();
        if (t.length() > TITLE_MAX) {
            throw new InvalidInputException("petition.title.invalid", TITLE_MAX);
        }
        if (body.length() > rules.textMax()) {
            throw new InvalidInputException("petition.text.invalid", rules.textMin(), rules.textMax(), body.length());
        }
        if (category == null) {
            throw new InvalidInputException("petition.category.invalid");
        }
        this.title = t;
        this.text = body;
        this.category = category;
        this.updatedAt = now;
    }

    /** A finished draft goes to the moderators: a title, and a text within the community's lengths. */
    public void submit(SignInStrength authorSignIn, Instant moderationDueAt, Instant now) {
        require(PetitionStatus.DRAFT, PetitionStatus.SUBMITTED);
        if (title.isEmpty()) {
            throw new InvalidInputException("petition.title.invalid", TITLE_MAX);
        }
        if (text.length() < rules.textMin()) {
            throw new InvalidInputException("petition.text.invalid", rules.textMin(), rules.textMax(), text.length());
        }
        this.status = PetitionStatus.SUBMITTED;
        this.authorSignIn = authorSignIn;
        this.submittedAt = now;
        this.moderationDueAt = moderationDueAt;
        this.updatedAt = now;
    }

    /** Starts collection; the author's own signature is added by the caller in the same transaction. */
    public void publish(Instant collectionEndsAt, Instant now) {
        require(PetitionStatus.SUBMITTED, PetitionStatus.COLLECTING);
        this.status = PetitionStatus.COLLECTING;
        this.publishedAt = now;
        this.collectionEndsAt = collectionEndsAt;
        this.updatedAt = now;
    }

    public void reject(RejectionReason reason, String note, Instant now) {
        require(PetitionStatus.SUBMITTED, PetitionStatus.REJECTED);
        if (reason == null) {
            throw new InvalidInputException("petition.rejection.reason-required");
        }
        String n = note == null ? "" : note.strip();
        if ((reason == RejectionReason.OTHER && n.isEmpty()) || n.length() > NOTE_MAX) {
            throw new InvalidInputException("petition.rejection.note-invalid", NOTE_MAX);
        }
        this.status = PetitionStatus.REJECTED;
        this.rejectionReason = reason;
        this.rejectionNote = n.isEmpty() ? null : n;
        this.closedAt = now;
        this.updatedAt = now;
    }

    /**
     * A moderator's typo correction of a published petition; the meaning must not change, so the
     * caller keeps the returned record of the whole original (and audits the correction).
     */
    public PetitionCorrection correct(String title, String text, Instant now) {
        if (!status.isPublic()) {
            throw new ConflictException("petition.correct.not-published", id);
        }
        PetitionCorrection original = new PetitionCorrection(this, now);
        int min = Math.min(rules.textMin(), this.text.length());
        String body = text == null ? "" : text.strip();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX || body.length() < min || body.length() > rules.textMax()) {
            throw new InvalidInputException("petition.text.invalid", min, rules.textMax(), body.length());
        }
        this.title = t;
        this.text = body;
        this.updatedAt = now;
        return original;
    }

    /** Whether a signature given at {@code now} counts. */
    public boolean isCollecting(Instant now) {
        return signingTerms().isCollecting(now);
    }

    /** What signing this petition depends on. */
    public SigningTerms signingTerms() {
        return new SigningTerms(communityId, status, rules.signers(), rules.signIn(), rules.continueAfterThreshold(),
                collectionEndsAt);
    }

    /** The tally: the count of signature rows it has just settled. */
    public void counted(int signatures) {
        this.signatureCount = signatures;
    }

    public boolean hasReachedThreshold() {
        return signatureCount >= rules.threshold();
    }

    /** The tally or the collection end, once the count reaches the threshold: consideration starts. */
    public void thresholdReached(Instant reachedAt, Instant considerationDueAt, Instant now) {
        require(PetitionStatus.COLLECTING, PetitionStatus.UNDER_CONSIDERATION);
        this.status = PetitionStatus.UNDER_CONSIDERATION;
        this.thresholdReachedAt = reachedAt;
        this.considerationDueAt = considerationDueAt;
        this.updatedAt = now;
    }

    /** Collection ended below the threshold. */
    public void notSupported(Instant now) {
        require(PetitionStatus.COLLECTING, PetitionStatus.NOT_SUPPORTED);
        this.status = PetitionStatus.NOT_SUPPORTED;
        this.closedAt = now;
        this.updatedAt = now;
    }

    /** Handed to the appeals office as an individual appeal, whose public page is {@code statusPath} (null: officials were told). */
    public void forwarded(String statusPath, Instant now) {
        require(PetitionStatus.NOT_SUPPORTED, PetitionStatus.FORWARDED);
        this.status = PetitionStatus.FORWARDED;
        this.handedOverTo = statusPath;
        this.updatedAt = now;
    }

    public String handedOverTo() {
        return handedOverTo;
    }

    public void answer(ResponseDecision decision, String text, String by, Long documentId, Instant now) {
        require(PetitionStatus.UNDER_CONSIDERATION, PetitionStatus.ANSWERED);
        String body = text == null ? "" : text.strip();
        if (decision == null || body.isEmpty() || body.length() > PetitionRules.TEXT_LIMIT) {
            throw new InvalidInputException("petition.response.invalid", PetitionRules.TEXT_LIMIT);
        }
        this.status = PetitionStatus.ANSWERED;
        this.responseDecision = decision;
        this.responseText = body;
        this.responseBy = by;
        this.responseDocumentId = documentId;
        this.answeredAt = now;
        this.closedAt = now;
        this.updatedAt = now;
    }

    /** Consideration is late: shown publicly on the petition. */
    public boolean isResponseOverdue(Instant now) {
        return status == PetitionStatus.UNDER_CONSIDERATION && considerationDueAt != null && now.isAfter(considerationDueAt);
    }

    public boolean isModerationOverdue(Instant now) {
        return status == PetitionStatus.SUBMITTED && moderationDueAt != null && now.isAfter(moderationDueAt);
    }

    /** Past the deadline of the step it waits for: moderation while submitted, the response while under consideration. */
    public boolean isOverdue(Instant now) {
        return isModerationOverdue(now) || isResponseOverdue(now);
    }

    private void require(PetitionStatus from, PetitionStatus to) {
        if (status != from) {
            throw new ConflictException("petition.transition.illegal", id, status, to);
        }
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    /** How the author's own signature was made: as they were signed in when submitting (older petitions: as the rules required). */
    public SignInStrength authorSignIn() {
        return authorSignIn != null ? authorSignIn : rules.signIn();
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public PetitionCategory category() {
        return category;
    }

    public PetitionStatus status() {
        return status;
    }

    public PetitionRules rules() {
        return rules;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant moderationDueAt() {
        return moderationDueAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant collectionEndsAt() {
        return collectionEndsAt;
    }

    public Instant thresholdReachedAt() {
        return thresholdReachedAt;
    }

    public Instant considerationDueAt() {
        return considerationDueAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public RejectionReason rejectionReason() {
        return rejectionReason;
    }

    public String rejectionNote() {
        return rejectionNote;
    }

    public ResponseDecision responseDecision() {
        return responseDecision;
    }

    public String responseText() {
        return responseText;
    }

    public String responseBy() {
        return responseBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Long responseDocumentId() {
        return responseDocumentId;
    }

    public int signatureCount() {
        return signatureCount;
    }
}
