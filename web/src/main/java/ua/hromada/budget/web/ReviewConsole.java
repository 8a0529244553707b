package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.CheckKind;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.Hryvnias;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.ProjectCheck;
import ua.hromada.budget.ProjectMerging;
import ua.hromada.budget.ProjectReading;
import ua.hromada.budget.ProjectReview;
import ua.hromada.budget.ProjectStatus;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.PageResponses;

/**
 * The moderators' review: a contest's queue of projects in review, and one project's review page
 * (its checks, a cost correction, the decision, merges with similar projects: proposed, a paper
 * author's written answer recorded, withdrawn). Each call goes to the beans, which check again;
 * a refusal is shown and what was typed stays.
 */
@Named
@ViewScoped
public class ReviewConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ContestReading contests;

    @Inject
    ProjectReading projects;

    @Inject
    ProjectReview review;

    @Inject
    ProjectMerging merging;

    @Inject
    ConsoleContest console;

    @Inject
    LanguageSelection language;

    private long id;
    private Contest contest;
    private BudgetProject project;
    private List<ProjectCheck> checks = List.of();
    private LazyRows<BudgetProject> queue;
    private CheckKind kind = CheckKind.FEASIBILITY;
    private boolean passed = true;
    private String comment;
    private String cost;
    private String costReason;
    private String rejection;
    private List<ProjectMerging.Proposal> merges = List.of();
    private List<BudgetProject> candidates = List.of();
    private Long mergeInto;
    private String mergeReason;

    /** f:viewAction of {@code /admin/budget/{id}/review}: the contest {@code id}'s queue, for its reviewers. */
    public void loadQueue() throws IOException {
        if (contest == null) {
            contest = console.open(id, BudgetAction.REVIEW, "/admin/budget/" + id + "/review");
            if (contest != null) {
                long contestId = contest.id();
                queue = new LazyRows<>(query -> review.queue(contestId, query), BudgetProject::id, "submitted", false);
            }
        }
    }

    /** f:viewAction of {@code /admin/budget/projects/{id}/review}: the project {@code id}, for its contest's reviewers. */
    public void loadProject() throws IOException {
        if (project != null) {
            return;
        }
        BudgetProject found;
        try {
            found = projects.view(id);
        } catch (NotFoundException e) {
            PageResponses.notFound();
            return;
        }
        if (console.open(found.contestId(), BudgetAction.REVIEW, "/admin/budget/projects/" + id + "/review") != null) {
            show(found);
        }
    }

    /** Records the check being typed; on success the comment field empties for the next one. */
    public void check() {
        if (Messages.attempt(language.getLocale(), "budget.review.checked", () -> review.check(id, kind, passed, comment))) {
            comment = null;
            show(projects.view(id));
        }
    }

    public void correctCost() {
        if (Messages.attempt(language.getLocale(), "budget.review.cost-corrected", () -> review.correctCost(id,
                Hryvnias.parse(cost, "budget.review.cost-field"), costReason))) {
            cost = null;
            costReason = null;
            show(projects.view(id));
        }
    }

    public void admit() {
        if (Messages.attempt(language.getLocale(), "budget.review.admitted", () -> review.admit(id))) {
            show(projects.view(id));
        }
    }

    public void reject() {
        if (Messages.attempt(language.getLocale(), "budget.review.rejected", () -> review.reject(id, rejection))) {
            show(projects.view(id));
        }
    }

    /** Proposes that this project joins the chosen one; the authors are told. */
    public void proposeMerge() {
        if (Messages.attempt(language.getLocale(), "budget.merge.proposed", () -> merging.propose(id, mergeInto, mergeReason))) {
            mergeInto = null;
            mergeReason = null;
            show(projects.view(id));
        }
    }

    /** Records the written answer of a paper form's author ({@code projectId}) to the proposal {@code mergeId}. */
    public void recordOnPaper(long mergeId, long projectId, boolean consent) {
        if (Messages.attempt(language.getLocale(), "budget.merge.paper.recorded", () -> merging.recordOnPaper(mergeId, projectId,
                consent))) {
            show(projects.view(id));
        }
    }

    public void withdrawMerge(long mergeId) {
        if (Messages.attempt(language.getLocale(), "budget.merge.withdrawn", () -> merging.withdraw(mergeId))) {
            show(projects.view(id));
        }
    }

    private void show(BudgetProject p) {
        project = p;
        contest = contests.find(p.contestId());
        checks = review.checks(p.id());
        merges = merging.of(p.id());
        candidates = contest.stage() == ContestStage.REVIEW && p.status() == ProjectStatus.IN_REVIEW
                ? merging.candidates(p.id()) : List.of();
    }

    public CheckKind[] getKinds() {
        return CheckKind.values();
    }

    public Contest getContest() {
        return contest;
    }

    public BudgetProject getProject() {
        return project;
    }

    public List<ProjectCheck> getChecks() {
        return checks;
    }

    public List<ProjectMerging.Proposal> getMerges() {
        return merges;
    }

    /** The contest's other projects in review, which this one may be proposed to join. */
    public List<BudgetProject> getCandidates() {
        return candidates;
    }

    /** Whether the page may work on proposals now: the contest's review stage. */
    public boolean isReviewing() {
        return contest != null && contest.stage() == ContestStage.REVIEW;
    }

    public LazyRows<BudgetProject> getQueue() {
        return queue;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CheckKind getKind() {
        return kind;
    }

    public void setKind(CheckKind kind) {
        this.kind = kind;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getCostReason() {
        return costReason;
    }

    public void setCostReason(String costReason) {
        this.costReason = costReason;
    }

    public String getRejection() {
        return rejection;
    }

    public void setRejection(String rejection) {
        this.rejection = rejection;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public void setMergeReason(String mergeReason) {
        this.mergeReason = mergeReason;
    }
}
