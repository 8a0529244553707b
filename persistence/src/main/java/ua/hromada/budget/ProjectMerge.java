package ua.hromada.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;

/**
 * A reviewer's public proposal that one project of a contest (absorbed) joins a similar one
 * (kept), both in review: open until each author has answered (a refusal ends it at once, two
 * consents merge them), a reviewer withdraws it, or the review ends. Public with its reason and
 * the authors' answers.
 */
@Entity
@Table(name = "budget_merge")
@NamedQuery(name = ProjectMerge.OF_PROJECT, query = "select m, a, k from ProjectMerge m, BudgetProject a, BudgetProject k"
        + " where a.id = m.absorbedId and k.id = m.keptId and (m.absorbedId = :project or m.keptId = :project) order by m.id")
@NamedQuery(name = ProjectMerge.OPEN_OF, query = "select count(m) from ProjectMerge m where m.outcome is null"
        + " and (m.absorbedId = :project or m.keptId = :project)")
public class ProjectMerge {
    public static final String OF_PROJECT = "ProjectMerge.ofProject";
    public static final String OPEN_OF = "ProjectMerge.openOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "absorbed_id", nullable = false, updatable = false)
    private long absorbedId;

    @Column(name = "kept_id", nullable = false, updatable = false)
    private long keptId;

    @Column(nullable = false, length = BudgetProject.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = BudgetProject.AUTHOR_MAX, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private MergeOutcome outcome;

    /** The absorbed project's id while the proposal is open, null once it ended: its unique key allows one open proposal each. */
    @Column(name = "open_absorbed_id")
    private Long openAbsorbedId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_merge_consent", joinColumns = @JoinColumn(name = "merge_id"))
    private Set<MergeConsent> consents = new HashSet<>();

    protected ProjectMerge() {
    }

    /** Proposes that {@code absorbed} joins {@code kept}: two projects of one contest, both in review, with a public reason. */
    public ProjectMerge(BudgetProject absorbed, BudgetProject kept, String reason, String by, Instant now) {
        if (absorbed.id().equals(kept.id())) {
            throw new InvalidInputException("budget.merge.itself");
        }
        if (absorbed.contestId() != kept.contestId()) {
            throw new InvalidInputException("budget.merge.other-contest");
        }
        if (absorbed.status() != ProjectStatus.IN_REVIEW || kept.status() != ProjectStatus.IN_REVIEW) {
            throw new ConflictException("budget.review.not-in-review");
        }
        this.contestId = absorbed.contestId();
        this.absorbedId = absorbed.id();
        this.keptId = kept.id();
        this.reason = BudgetProject.reason(reason);
        this.proposedBy = by;
        this.proposedAt = now;
        this.openAbsorbedId = absorbedId;
    }

    /**
     * The answer of the author of {@code projectId} (one of the two), once: a refusal declines the
     * proposal, the second consent makes it {@link MergeOutcome#MERGED} (the caller merges the
     * projects in the same transaction). Answers the outcome, or empty while it stays open.
     */
    public Optional<MergeOutcome> answer(long projectId, boolean consent, String recordedBy, boolean onPaper, Instant now) {
        requireOpen();
        if (projectId != absorbedId && projectId != keptId) {
            throw new NotFoundException("budget.merge.not-found", id);
        }
        if (consentOf(projectId).isPresent()) {
            throw new ConflictException("budget.merge.answered");
        }
        consents.add(new MergeConsent(projectId, consent, recordedBy, onPaper, now));
        if (!consent) {
            end(MergeOutcome.DECLINED, now);
        } else if (consentOf(otherThan(projectId)).isPresent()) {
            end(MergeOutcome.MERGED, now);
        }
        return Optional.ofNullable(outcome);
    }

    /** A reviewer withdraws the open proposal. */
    public void withdraw(Instant now) {
        requireOpen();
        end(MergeOutcome.WITHDRAWN, now);
    }

    private void end(MergeOutcome how, Instant now) {
        outcome = how;
        decidedAt = now;
        openAbsorbedId = null;
    }

    private void requireOpen() {
        if (outcome != null) {
            throw new ConflictException("budget.merge.closed");
        }
    }

    public boolean isOpen() {
        return outcome == null;
    }

    /** The answer recorded for the project, if any. */
    public Optional<MergeConsent> consentOf(long projectId) {
        return consents.stream().filter(c -> c.projectId() == projectId).findFirst();
    }

    /** The proposal's other project than {@code projectId}. */
    public long otherThan(long projectId) {
        return projectId == absorbedId ? keptId : absorbedId;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public long contestId() {
        return contestId;
    }

    public long absorbedId() {
        return absorbedId;
    }

    public long keptId() {
        return keptId;
    }

    public String reason() {
        return reason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** Null while open. */
    public MergeOutcome outcome() {
        return outcome;
    }
}
