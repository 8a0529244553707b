package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.AppealStatus;
import ua.hromada.appeals.Appeals;
import ua.hromada.appeals.AnswerForm;
import ua.hromada.appeals.Department;
import ua.hromada.appeals.DepartmentReport;
import ua.hromada.core.document.Documents;
import ua.hromada.core.web.ChosenFiles;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The filing form: the kind, the department (preselected from the directory's link), subject and
 * text, the answer's form for information requests, up to {@value Appeal#ATTACHMENTS_MAX} files.
 * Filed, it leads to the appeal's page; refused, the form stays with everything typed and the
 * reason (a file input cannot keep its file: the page says to choose the files again). Opened from
 * a refused request's page ({@code ?previous=} its id, nothing else), it is a complaint about it.
 */
@Named
@RequestScoped
public class AppealForm {
    @Inject
    Appeals appeals;

    @Inject
    AppealReading reading;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    private AppealKind kind = AppealKind.STATEMENT;
    private Long department;
    private Long deputy;
    private String subject;
    private String text;
    private AnswerForm answerForm = AnswerForm.ELECTRONIC;
    private boolean publishable;
    private final Part[] files = new Part[Appeal.ATTACHMENTS_MAX];
    private Appeal filed;
    private List<Department> departments;
    private List<AppealReading.Deputy> deputies;
    private Map<Long, Long> overdue;
    private Map<Long, List<DepartmentReport>> reports;
    private Map<Long, List<String>> heads;
    private Long previous;
    private Appeal previousAppeal;

    /**
     * f:viewAction: with {@code previous}, the person's own earlier appeal in this community (another
     * person's is a 403 page, another community's or none a 404), and the form becomes a complaint about it.
     */
    public void load() {
        if (previous == null) {
            return;
        }
        previousAppeal = reading.ownAppeal(previous);
        // a refusal is complained about; after an answer the person may also simply appeal again
        boolean refused = previousAppeal.status() == AppealStatus.REFUSED;
        kind = refused ? AppealKind.COMPLAINT : kind;
        if (subject == null) {
            subject = Messages.text(language.getLocale(), refused ? "appeals.previous.subject" : "appeals.previous.repeat-subject",
                    previousAppeal.number());
        }
    }

    public void file() throws IOException {
        boolean done;
        boolean attached;
        try (ChosenFiles chosen = ChosenFiles.open(files)) {
            attached = !chosen.isEmpty();
            done = Messages.attempt(language.getLocale(), "appeals.filed", () -> filed = appeals.file(new Appeals.Filing(kind, department,
                    subject, text, answerForm, publishable, deputy, previous), chosen.uploads()));
        }
        if (done) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + "/appeals/" + filed.id());
        } else if (attached) {
            Messages.info(language.getLocale(), "appeals.attachments.choose-again");
        }
    }

    /** The file inputs' values, one an input ({@code #{appealForm.files[slot]}}). */
    public Part[] getFiles() {
        return files;
    }

    /** The file inputs' indexes, for the page's repeat. */
    public List<Integer> getSlots() {
        return IntStream.range(0, files.length).boxed().toList();
    }

    /** The largest file the store takes, in whole megabytes, for the form's hint. */
    public long getMaxMegabytes() {
        return Documents.maxBytes() / (1024 * 1024);
    }

    /** Read once a request: the directory page asks for them twice (empty or not, then the list). */
    public List<Department> getDepartments() {
        if (departments == null) {
            departments = reading.departments();
        }
        return departments;
    }

    /** How many of a department's appeals (0: the body as a whole) wait past their due date now, read once a request. */
    public long overdue(long departmentId) {
        if (overdue == null) {
            overdue = reading.overdueByDepartment();
        }
        return overdue.getOrDefault(departmentId, 0L);
    }

    /** A department's heads' names, read once a request. */
    public List<String> heads(long departmentId) {
        if (heads == null) {
            heads = reading.heads();
        }
        return heads.getOrDefault(departmentId, List.of());
    }

    /** A department's officials' public reports, newest year first, read once a request. */
    public List<DepartmentReport> reports(long departmentId) {
        if (reports == null) {
            reports = reading.reports();
        }
        return reports.getOrDefault(departmentId, List.of());
    }

    /** Whether the community keeps the public register of information requests (the directory links to it). */
    public boolean isKeepsRegister() {
        return reading.keepsRegister();
    }

    /** The community's deputies one may address the appeal to instead, read once a request. */
    public List<AppealReading.Deputy> getDeputies() {
        if (deputies == null) {
            deputies = reading.deputies();
        }
        return deputies;
    }

    public Long getDeputy() {
        return deputy;
    }

    public void setDeputy(Long deputy) {
        this.deputy = deputy;
    }

    /** The earlier appeal this one refers to, once loaded (null: none). */
    public Appeal getPreviousAppeal() {
        if (previousAppeal == null && previous != null) {
            previousAppeal = reading.ownAppeal(previous); // a postback: the view action ran on the first request only
        }
        return previousAppeal;
    }

    public Long getPrevious() {
        return previous;
    }

    public void setPrevious(Long previous) {
        this.previous = previous;
    }

    public AnswerForm[] getAnswerForms() {
        return AnswerForm.values();
    }

    public AppealKind getKind() {
        return kind;
    }

    public void setKind(AppealKind kind) {
        this.kind = kind;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AnswerForm getAnswerForm() {
        return answerForm;
    }

    public void setAnswerForm(AnswerForm answerForm) {
        this.answerForm = answerForm;
    }

    public boolean isPublishable() {
        return publishable;
    }

    public void setPublishable(boolean publishable) {
        this.publishable = publishable;
    }
}
