package ua.hromada.budget.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.CostLine;
import ua.hromada.budget.Hryvnias;
import ua.hromada.budget.ProjectContent;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.budget.ProjectPhotos;
import ua.hromada.budget.ProjectReading;
import ua.hromada.budget.ProjectSubmission;
import ua.hromada.core.Money;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The project form: a resident's new project or draft (saved as it is, submitted when complete)
 * and a moderator's entry of a paper form. Amounts are typed in hryvnias per cost line; the total
 * is the lines' sum. A refusal is shown and everything typed stays.
 */
@Named
@ViewScoped
public class ProjectForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FIRST_LINES = 3;

    @Inject
    ContestReading contests;

    @Inject
    ProjectReading reading;

    @Inject
    ProjectSubmission submission;

    @Inject
    BudgetPermissions permissions;

    @Inject
    ProjectPhotos photoStore;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleContest console;

    @Inject
    LanguageSelection language;

    private long id;
    private Contest contest;
    private BudgetProject project;
    private List<ContestCategory> categories = List.of();
    private Long categoryId;
    private String title;
    private String description;
    private String location;
    private String contacts;
    private String authorName;
    private final List<LineRow> lines = new ArrayList<>();
    private final PhotoForm photoForm = new PhotoForm(ProjectPhoto.Kind.PROPOSAL);

    /** One cost line as the form edits it. */
    public static final class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String item;
        private String amount;

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        boolean blank() {
            return (item == null || item.isBlank()) && (amount == null || amount.isBlank());
        }
    }

    /** f:viewAction of {@code /budget/{id}/submit}: a new project in the contest {@code id}. */
    public void loadNew() throws IOException {
        if (contest == null) {
            found(() -> start(contests.view(id)));
        }
    }

    /** f:viewAction of {@code /budget/projects/{id}/edit}: the signed-in author's draft {@code id}. */
    public void loadDraft() throws IOException {
        if (contest == null) {
            found(() -> show(reading.ownDraft(id)));
        }
    }

    /** f:viewAction of the console's paper entry for the contest {@code id}: its moderators only (a school's: its school moderators too). */
    public void loadPaper() throws IOException {
        if (contest == null) {
            Contest c = console.open(id, BudgetAction.MANAGE, "/admin/budget/" + id + "/paper");
            if (c != null) {
                start(c);
            }
        }
    }

    /** Saves the draft as it is (a new one goes to its own address); a refusal keeps what was typed. */
    public void save() throws IOException {
        if (project == null) {
            if (Messages.attempt(language.getLocale(), "budget.project.draft-saved", () -> project = submission.createDraft(contest.id(),
                    content()))) {
                go("/budget/projects/" + project.id() + "/edit");
            }
        } else {
            Messages.attempt(language.getLocale(), "budget.project.draft-saved", () -> show(submission.saveDraft(project.id(), content())));
        }
    }

    /** Saves the draft, then submits it; a submission refused leaves the draft saved and says why. */
    public void submit() throws IOException {
        if (Messages.attempt(language.getLocale(), "budget.project.submitted-now", () -> {
            project = project == null ? submission.createDraft(contest.id(), content()) : submission.saveDraft(project.id(), content());
            project = submission.submit(project.id());
        })) {
            go("/budget/projects/" + project.id());
        } else if (project != null) {
            Messages.info(language.getLocale(), "budget.project.draft-kept");
        }
    }

    /** Moderators: enters the paper form, submitted at once, and goes on to an empty form for the next one. */
    public void enterPaper() {
        if (Messages.attempt(language.getLocale(), "budget.project.paper-entered", () -> submission.enterFromPaper(contest.id(), authorName,
                content()))) {
            title = null;
            description = null;
            location = null;
            contacts = null;
            authorName = null;
            lines.clear();
            addLines();
        }
    }

    /** The author adds the chosen photo to their saved draft; what is typed in the project's fields stays as it is. */
    public void addPhoto() throws IOException {
        if (project != null) {
            photoForm.add(language.getLocale(), photoStore, project.id());
        }
    }

    public void removePhoto(long photoId) {
        if (project != null) {
            photoForm.remove(language.getLocale(), photoStore, project.id(), photoId);
        }
    }

    public void addLine() {
        if (lines.size() < BudgetProject.LINES_MAX) {
            lines.add(new LineRow());
        }
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** The lines typed, blank ones left out; an amount that does not read is refused with the line's number. */
    private ProjectContent content() {
        List<CostLine> typed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            if (!row.blank()) {
                typed.add(new CostLine(row.item, Hryvnias.parse(row.amount, "budget.project.line.amount-field")));
            }
        }
        return new ProjectContent(categoryId, title, description, location, contacts, typed);
    }

    private void start(Contest c) {
        contest = c;
        categories = contests.categories(c.id());
        if (categories.size() == 1) {
            categoryId = categories.get(0).id();
        }
        addLines();
    }

    private void show(BudgetProject p) {
        project = p;
        contest = contests.view(p.contestId());
        categories = contests.categories(contest.id());
        categoryId = p.categoryId();
        title = p.title();
        description = p.description();
        location = p.location();
        contacts = p.contacts();
        photoForm.read(photoStore, p.id());
        lines.clear();
        for (CostLine line : p.lines()) {
            LineRow row = new LineRow();
            row.item = line.item();
            row.amount = Hryvnias.plain(line.amount());
            lines.add(row);
        }
        if (lines.isEmpty()) {
            addLines();
        }
    }

    private void addLines() {
        for (int i = 0; i < FIRST_LINES; i++) {
            lines.add(new LineRow());
        }
    }

    private void found(Runnable load) throws IOException {
        try {
            load.run();
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    private void go(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + path);
    }

    /** Why the signed-in person may not put forward a project here (not a resident, a weaker sign-in), or null. */
    public String getRefusal() {
        return contest == null ? null : permissions.refusal(BudgetAction.SUBMIT, contest).map(key -> Messages.text(language.getLocale(), key))
                .orElse(null);
    }

    /** The lines' total as typed so far (lines that do not read count nothing), for the form's running sum. */
    public String getTotal() {
        long total = 0;
        for (LineRow row : lines) {
            try {
                total += row.blank() || row.amount == null || row.amount.isBlank() ? 0 : Hryvnias.parse(row.amount, "");
            } catch (RuntimeException e) {
                // a line that does not read is refused when saved, with its reason
            }
        }
        return new Money(total).format(language.getLocale());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Contest getContest() {
        return contest;
    }

    public BudgetProject getProject() {
        return project;
    }

    public PhotoForm getPhotoForm() {
        return photoForm;
    }

    public List<ContestCategory> getCategories() {
        return categories;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
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

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }
}
