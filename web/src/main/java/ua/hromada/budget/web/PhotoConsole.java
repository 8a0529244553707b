package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.budget.ProjectPhotos;
import ua.hromada.budget.ProjectReading;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' page of a project's photos: a paper project's, the ones its form came with, are
 * added and taken off here; any submitted project's photo that breaks the rules is taken off here.
 */
@Named
@ViewScoped
public class PhotoConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectReading projects;

    @Inject
    ContestReading contests;

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
    private final PhotoForm photoForm = new PhotoForm(ProjectPhoto.Kind.PROPOSAL);

    /** f:viewAction: the contest's moderators (a school's: its school moderators too); 404 for no public project here. */
    public void load() throws IOException {
        if (project == null) {
            try {
                BudgetProject p = projects.view(id);
                if (!permissions.allows(BudgetAction.MANAGE, contests.find(p.contestId()))) {
                    access.refuse("/" + tenant.require().slug() + "/admin/budget/projects/" + id + "/photos");
                    return;
                }
                project = p;
                photoForm.read(photoStore, id);
            } catch (NotFoundException e) {
                PageResponses.notFound();
            }
        }
    }

    public void addPhoto() throws IOException {
        photoForm.add(language.getLocale(), photoStore, id);
    }

    public void removePhoto(long photoId) {
        photoForm.remove(language.getLocale(), photoStore, id, photoId);
    }

    public BudgetProject getProject() {
        return project;
    }

    public PhotoForm getPhotoForm() {
        return photoForm;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
