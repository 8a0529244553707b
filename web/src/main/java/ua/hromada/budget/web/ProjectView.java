package ua.hromada.budget.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.Implementation;
import ua.hromada.budget.Milestone;
import ua.hromada.budget.ProjectCheck;
import ua.hromada.budget.ProjectMerging;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.budget.ProjectPhotos;
import ua.hromada.budget.ProjectReading;
import ua.hromada.budget.ProjectReview;
import ua.hromada.budget.ProjectStatus;
import ua.hromada.budget.ProjectSupport;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * One project's public page (its author also reads a draft here): its category, place, cost lines
 * and author, during the preliminary support its supporters and the button to support it, and the
 * merges proposed with it, where its signed-in author consents or refuses.
 */
@Named
@RequestScoped
public class ProjectView {
    @Inject
    ProjectReading reading;

    @Inject
    ContestReading contests;

    @Inject
    ProjectSupport support;

    @Inject
    ProjectReview review;

    @Inject
    Implementation implementation;

    @Inject
    ProjectMerging merging;

    @Inject
    ProjectPhotos photoStore;

    @Inject
    BudgetPermissions permissions;

    @Inject
    LanguageSelection language;

    private long id;
    private BudgetProject project;
    private Contest contest;
    private ContestCategory category;
    private long supporters;
    private boolean supportedByMe;
    private List<ProjectCheck> checks = List.of();
    private List<Milestone> milestones = List.of();
    private List<ProjectPhoto> photos = List.of();
    private List<ProjectPhoto> workPhotos = List.of();
    private List<ProjectMerging.Proposal> merges = List.of();
    private boolean followed;

    /** The id from the address at once: a postback's rendered checks run before the view parameter is set. */
    @PostConstruct
    void fromAddress() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.parseLong(param); // the view parameter sets the same value later; a bad one is its 400
        }
    }

    /** f:viewAction: 404 for no project here the visitor may read. */
    public void load() throws IOException {
        if (getProject() == null) {
            PageResponses.notFound();
        }
    }

    /** The project, loaded on first use so that a postback's rendered checks see it before the view action runs (null: none here). */
    public BudgetProject getProject() {
        if (project == null && id > 0) {
            try {
                BudgetProject found = reading.view(id);
                contest = contests.find(found.contestId());
                category = contests.categories(contest.id()).stream().filter(c -> c.id().equals(found.categoryId())).findFirst()
                        .orElse(null);
                project = found;
                readSupport();
                photos = photoStore.of(project.id(), ProjectPhoto.Kind.PROPOSAL);
                checks = project.isPublic() ? review.checks(project.id()) : List.of();
                merges = project.isPublic() ? merging.of(project.id()) : List.of();
                readImplementation();
            } catch (NotFoundException e) {
                return null;
            }
        }
        return project;
    }

    /** The signed-in resident supports the project; a refusal (twice, their own, the support over) is shown. */
    public void support() {
        if (Messages.attempt(language.getLocale(), "budget.support.done", () -> support.support(id))) {
            readSupport();
        }
    }

    private void readSupport() {
        supporters = project.isPublic() ? support.count(project.id()) : 0;
        supportedByMe = project.isPublic() && support.supportedByMe(project.id());
    }

    /** Whether the project gathers support now (the contest's preliminary support, the project submitted). */
    public boolean isSupportOpen() {
        return contest != null && contest.stage() == ContestStage.SUPPORT && project.status() == ProjectStatus.SUBMITTED;
    }

    /** Why the signed-in person may not support it (not a resident, a weaker sign-in, their own), or null. */
    public String getSupportRefusal() {
        if (!Acting.current().isSignedIn()) {
            return null;
        }
        if (Acting.current().personId().equals(project.authorId())) {
            return Messages.text(language.getLocale(), "budget.support.own");
        }
        return permissions.refusal(BudgetAction.SUPPORT, contest).map(key -> Messages.text(language.getLocale(), key)).orElse(null);
    }

    /** Whether the signed-in person, the project's author, may answer the open proposal now (the review, no answer yet). */
    public boolean mayAnswer(ProjectMerging.Proposal proposal) {
        return proposal.merge().isOpen() && contest.stage() == ContestStage.REVIEW && proposal.merge().consentOf(id).isEmpty()
                && permissions.allows(BudgetAction.CONSENT, project);
    }

    /** The signed-in author consents to the proposed merge; the page then shows where it stands (merged, once both consented). */
    public void consent(long mergeId) {
        answer(mergeId, true, "budget.merge.consent-recorded");
    }

    public void decline(long mergeId) {
        answer(mergeId, false, "budget.merge.refusal-recorded");
    }

    private void answer(long mergeId, boolean consent, String doneKey) {
        if (Messages.attempt(language.getLocale(), doneKey, () -> merging.answer(mergeId, id, consent))) {
            project = null;
            getProject();
        }
    }

    /** The signed-in person follows the winning project's updates, or stops. */
    public void follow() {
        if (Messages.attempt(language.getLocale(), "budget.follow.done", () -> implementation.follow(id))) {
            readImplementation();
        }
    }

    public void unfollow() {
        if (Messages.attempt(language.getLocale(), "budget.follow.stopped", () -> implementation.unfollow(id))) {
            readImplementation();
        }
    }

    private void readImplementation() {
        milestones = project.implementation() == null ? List.of() : implementation.milestones(project.id());
        followed = project.implementation() != null && implementation.followedByMe(project.id());
        workPhotos = project.implementation() == null ? List.of() : photoStore.of(project.id(), ProjectPhoto.Kind.WORK);
    }

    /** The money spent as a share of the cost, 0 to 100, for the progress bar. */
    public long getSpentPercent() {
        return project.cost() == 0 ? 0 : Math.min(100, project.spent() * 100 / project.cost());
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    /** The proposal's photos (the author's; a draft's are the author's only, as the draft is). */
    public List<ProjectPhoto> getPhotos() {
        return photos;
    }

    /** The photos of a winning project's implementation. */
    public List<ProjectPhoto> getWorkPhotos() {
        return workPhotos;
    }

    public boolean isFollowed() {
        return followed;
    }

    public List<ProjectCheck> getChecks() {
        return checks;
    }

    public List<ProjectMerging.Proposal> getMerges() {
        return merges;
    }

    public long getSupporters() {
        return supporters;
    }

    public boolean isSupportedByMe() {
        return supportedByMe;
    }

    public Contest getContest() {
        return contest;
    }

    public ContestCategory getCategory() {
        return category;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
