package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.People;

/**
 * Merging similar projects during the review: a reviewer proposes that one project of a contest
 * (absorbed) joins another (kept), with a public reason; each author answers, online on their
 * project's page or, for a paper form, in writing that the reviewer records; a refusal ends it,
 * and with both consents the absorbed project is merged into the kept one in the same
 * transaction (off the ballot; the kept one stays in review). Every step locks both projects' rows
 * in id order and is audited, and the authors with accounts are told of the proposal and its end.
 */
@Stateless
public class ProjectMerging {
    static final String OBJECT = ProjectSubmission.OBJECT;
    private static final String OPEN = "select count(m) from ProjectMerge m where m.outcome is null and ";
    private static final String LAPSE = "update budget_merge set outcome = 'LAPSED', decided_at = ?2, open_absorbed_id = null"
            + " where contest_id = ?1 and outcome is null";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    UnderReview underReview;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    People people;

    @Inject
    ProjectNotices notices;

    @Inject
    Clock clock;

    /** A merge proposal with its two projects, as the pages show it. */
    public record Proposal(ProjectMerge merge, BudgetProject absorbed, BudgetProject kept) {
        /** The project of the two other than {@code projectId}. */
        public BudgetProject other(long projectId) {
            return absorbed.id() == projectId ? kept : absorbed;
        }

        /** The message key saying where the proposal stands, from the side of {@code projectId}. */
        public String labelKey(long projectId) {
            String side = absorbed.id() == projectId ? ".absorbed" : ".kept";
            return merge.outcome() == null ? "budget.merge.open" + side
                    : merge.outcome() == MergeOutcome.MERGED ? "budget.merge.merged" + side : merge.outcome().labelKey();
        }

        /** Each project's answer, the absorbed project's first. */
        public List<Answer> answers() {
            return List.of(new Answer(absorbed, merge.consentOf(absorbed.id()).orElse(null)), new Answer(kept,
                    merge.consentOf(kept.id()).orElse(null)));
        }
    }

    /** One project's side of a proposal: its author's answer, null while none is recorded. */
    public record Answer(BudgetProject project, MergeConsent consent) {
    }

    /** Anyone who may read the project: the merges proposed with it, oldest first, each with its two projects. */
    public List<Proposal> of(long projectId) {
        return em.createNamedQuery(ProjectMerge.OF_PROJECT, Object[].class).setParameter("project", projectId).getResultStream()
                .map(r -> new Proposal((ProjectMerge) r[0], (BudgetProject) r[1], (BudgetProject) r[2])).toList();
    }

    /** Reviewers, during the review: the other projects of the project's contest in review, which it may be proposed to join. */
    public List<BudgetProject> candidates(long projectId) {
        BudgetProject project = underReview.reviewable(projectId);
        return em.createQuery("select p from BudgetProject p where p.contestId = :contest and p.status = :inReview and p.id <> :id"
                + " order by p.id", BudgetProject.class).setParameter("contest", project.contestId())
                .setParameter("inReview", ProjectStatus.IN_REVIEW).setParameter("id", projectId).getResultList();
    }

    /**
     * Reviewers, during the review: proposes that {@code absorbedId} joins {@code keptId} (of its
     * contest, both in review) for a public reason. One open proposal per absorbed project (its
     * unique key backs the check), and no chains: neither project is already on the other side of
     * an open proposal.
     */
    public ProjectMerge propose(long absorbedId, Long keptId, String reason) {
        if (keptId == null) {
            throw new InvalidInputException("budget.merge.kept.required");
        }
        List<BudgetProject> pair = underReview.lock(absorbedId, keptId);
        BudgetProject absorbed = pair.get(0);
        BudgetProject kept = pair.get(1);
        ProjectMerge merge = new ProjectMerge(absorbed, kept, reason, people.signature(), clock.instant());
        // read under both rows' locks, which every step of a proposal naming either project takes too
        if (open("m.absorbedId = :project", absorbedId)) {
            throw new ConflictException("budget.merge.open-already", absorbed.number());
        }
        if (open("m.keptId = :project", absorbedId) || open("m.absorbedId = :project", keptId)) {
            throw new ConflictException("budget.merge.chain");
        }
        em.persist(merge);
        em.flush();
        audit.record(absorbed.communityId(), "budget.merge.propose", OBJECT, absorbedId, describe(merge, absorbed, kept) + ": "
                + merge.reason());
        notices.tellAuthorsOfMerge(contests.community(), merge, absorbed, kept, "merge.absorbed", "merge.kept");
        return merge;
    }

    /** The signed-in author of {@code projectId}, one of the proposal's two, during the review: consents or refuses, once. */
    public ProjectMerge answer(long mergeId, long projectId, boolean consent) {
        ProjectMerge merge = find(mergeId);
        List<BudgetProject> pair = List.of(underReview.find(merge.absorbedId()), underReview.find(merge.keptId()));
        permissions.require(BudgetAction.CONSENT, party(pair, projectId, mergeId));
        return record(locked(merge, pair), projectId, consent, null, false);
    }

    /**
     * Reviewers, during the review: the written answer of the author of {@code projectId} (one of
     * the two) who has no account here: a paper form's, or one whose account was deleted since.
     */
    public ProjectMerge recordOnPaper(long mergeId, long projectId, boolean consent) {
        Proposal proposal = reviewed(mergeId);
        if (party(List.of(proposal.absorbed(), proposal.kept()), projectId, mergeId).authorId() != null) {
            throw new ConflictException("budget.merge.answers-online");
        }
        return record(proposal, projectId, consent, people.signature(), true);
    }

    /** Reviewers, during the review: withdraws an open proposal. */
    public ProjectMerge withdraw(long mergeId) {
        Proposal proposal = reviewed(mergeId);
        ProjectMerge merge = proposal.merge();
        merge.withdraw(clock.instant());
        audit.record(merge.communityId(), "budget.merge.withdraw", OBJECT, merge.absorbedId(), describe(merge, proposal.absorbed(),
                proposal.kept()));
        notices.tellAuthorsOfMerge(contests.community(), merge, proposal.absorbed(), proposal.kept(), "merge.withdrawn",
                "merge.withdrawn");
        return merge;
    }

    /** {@link Contests#advance} only, as the review ends (in the sweeper's transaction): proposals still open lapse. */
    public void lapse(Contest contest) {
        int lapsed = em.createNativeQuery(LAPSE).setParameter(1, contest.id()).setParameter(2, clock.instant()).executeUpdate();
        if (lapsed > 0) {
            audit.record(contest.communityId(), "budget.merge.lapse", Contests.OBJECT, contest.id(), lapsed + " open merge proposals lapsed");
        }
    }

    private ProjectMerge record(Proposal proposal, long projectId, boolean consent, String by, boolean onPaper) {
        ProjectMerge merge = proposal.merge();
        BudgetProject absorbed = proposal.absorbed();
        BudgetProject kept = proposal.kept();
        Instant now = clock.instant();
        Optional<MergeOutcome> outcome = merge.answer(projectId, consent, by, onPaper, now);
        audit.record(merge.communityId(), consent ? "budget.merge.consent" : "budget.merge.decline", OBJECT, projectId,
                describe(merge, absorbed, kept) + (onPaper ? ", on paper" : ", online"));
        if (outcome.orElse(null) == MergeOutcome.MERGED) {
            absorbed.mergeInto(kept, now);
            audit.record(merge.communityId(), "budget.merge.merged", OBJECT, absorbed.id(), describe(merge, absorbed, kept));
            notices.tellAuthorsOfMerge(contests.community(), merge, absorbed, kept, "merged.absorbed", "merged.kept");
        } else if (outcome.isPresent()) {
            notices.tellAuthorsOfMerge(contests.community(), merge, absorbed, kept, "merge.declined", "merge.declined");
        }
        return merge;
    }

    /** The proposal of the current community (404 for anything else). */
    private ProjectMerge find(long mergeId) {
        ProjectMerge merge = em.find(ProjectMerge.class, mergeId);
        if (merge == null || !merge.communityId().equals(contests.community().id())) {
            throw new NotFoundException("budget.merge.not-found", mergeId);
        }
        return merge;
    }

    /** The proposal with its two projects locked, for their contest's reviewers during the review. */
    private Proposal reviewed(long mergeId) {
        ProjectMerge merge = find(mergeId);
        permissions.require(BudgetAction.REVIEW, contests.find(merge.contestId()));
        return locked(merge, List.of(underReview.find(merge.absorbedId()), underReview.find(merge.keptId())));
    }

    /** The proposal read again under its projects' locks (taken first, in id order, as every step takes them). */
    private Proposal locked(ProjectMerge merge, List<BudgetProject> pair) {
        underReview.locked(pair);
        em.refresh(merge, LockModeType.PESSIMISTIC_WRITE);
        return new Proposal(merge, pair.get(0), pair.get(1));
    }

    /** The one of the proposal's projects that is {@code projectId}. */
    private static BudgetProject party(List<BudgetProject> pair, long projectId, long mergeId) {
        return pair.stream().filter(p -> p.id() == projectId).findFirst()
                .orElseThrow(() -> new NotFoundException("budget.merge.not-found", mergeId));
    }

    private boolean open(String condition, long projectId) {
        return em.createQuery(OPEN + condition, Long.class).setParameter("project", projectId).getSingleResult() > 0;
    }

    private static String describe(ProjectMerge merge, BudgetProject absorbed, BudgetProject kept) {
        return "merge " + merge.id() + ": number " + absorbed.number() + " (" + absorbed.id() + ") into number " + kept.number() + " ("
                + kept.id() + ")";
    }
}
