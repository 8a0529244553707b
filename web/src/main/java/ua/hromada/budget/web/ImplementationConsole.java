package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Hryvnias;
import ua.hromada.budget.Implementation;
import ua.hromada.budget.ImplementationStatus;
import ua.hromada.budget.Milestone;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.budget.ProjectPhotos;
import ua.hromada.budget.ProjectReading;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.TenantContext;

/** The moderators' implementation page of a winning project: its status, money spent, note and milestones. */
@Named
@ViewScoped
public class ImplementationConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectReading projects;

    @Inject
    Implementation implementation;

    @Inject
    ProjectPhotos photoStore;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private long id;
    private BudgetProject project;
    private List<Milestone> milestones = List.of();
    private ImplementationStatus status;
    private String spent;
    private String note;
    private String milestoneTitle;
    private LocalDate milestoneDue;
    private LocalDate doneOn;
    private final PhotoForm photoForm = new PhotoForm(ProjectPhoto.Kind.WORK);

    /** f:viewAction: the moderators only; 404 for no public project here. */
    public void load() throws IOException {
        if (!permissions.allows(BudgetAction.IMPLEMENT, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/projects/" + id + "/implementation");
            return;
        }
        if (project == null) {
            doneOn = LocalDate.now(tenant.require().zone());
            try {
                show(projects.view(id));
            } catch (NotFoundException e) {
                PageResponses.notFound();
            }
        }
    }

    public void save() {
        Messages.attempt(language.getLocale(), "budget.implementation.saved", () -> show(implementation.track(id, status,
                Hryvnias.parse(spent, "budget.implementation.spent-field"), note)));
    }

    public void addMilestone() {
        if (Messages.attempt(language.getLocale(), "budget.milestone.added", () -> implementation.addMilestone(id, milestoneTitle, milestoneDue))) {
            milestoneTitle = null;
            milestoneDue = null;
            milestones = implementation.milestones(id);
        }
    }

    public void done(long milestoneId) {
        if (Messages.attempt(language.getLocale(), "budget.milestone.marked", () -> implementation.milestoneDone(id, milestoneId, doneOn))) {
            milestones = implementation.milestones(id);
        }
    }

    /** A photo of the work, with its caption and the day it was photographed. */
    public void addPhoto() throws IOException {
        photoForm.add(language.getLocale(), photoStore, id);
    }

    public void removePhoto(long photoId) {
        photoForm.remove(language.getLocale(), photoStore, id, photoId);
    }

    private void show(BudgetProject p) {
        project = p;
        status = p.implementation();
        spent = Hryvnias.plain(p.spent());
        note = p.implementationNote();
        milestones = implementation.milestones(p.id());
        photoForm.read(photoStore, p.id());
    }

    public PhotoForm getPhotoForm() {
        return photoForm;
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public BudgetProject getProject() {
        return project;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public void setStatus(ImplementationStatus status) {
        this.status = status;
    }

    public String getSpent() {
        return spent;
    }

    public void setSpent(String spent) {
        this.spent = spent;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }
}
