package ua.hromada.appeals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.appeals.AppealAction;
import ua.hromada.appeals.AppealPermissions;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.Department;
import ua.hromada.appeals.DepartmentReport;
import ua.hromada.appeals.DepartmentStaff;
import ua.hromada.appeals.Departments;
import ua.hromada.core.web.ChosenFiles;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The secretariat's page of the community's departments: add one, or pick one to change its name
 * and contacts and to keep its staff (executors and heads).
 */
@Named
@ViewScoped
public class DepartmentConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Departments departments;

    @Inject
    DepartmentStaff staff;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private Long editing;
    private String name;
    private String contacts;
    private Long person;
    private boolean head;
    private Integer reportYear;
    private String reportTitle;
    private transient Part reportFile;

    /** f:viewAction. */
    public void load() throws IOException {
        if (!permissions.allows(AppealAction.DEPARTMENTS, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/appeals/departments");
        }
    }

    public void save() {
        Long id = editing;
        if (Messages.attempt(language.getLocale(), id == null ? "appeals.department.added" : "appeals.department.saved",
                () -> {
                    if (id == null) {
                        departments.add(name, contacts);
                    } else {
                        departments.edit(id, name, contacts);
                    }
                })) {
            cancel();
        }
    }

    /** Puts one department's name and contacts into the form to change them. */
    public void edit(Department department) {
        editing = department.id();
        name = department.name();
        contacts = department.contacts();
    }

    public void cancel() {
        editing = null;
        name = null;
        contacts = null;
        person = null;
        head = false;
    }

    /** Puts the chosen executor in the picked department's staff, as its head or not. */
    public void putStaff() {
        Long department = editing;
        if (Messages.attempt(language.getLocale(), "appeals.staff.put", () -> staff.put(department, person == null ? 0 : person, head))) {
            person = null;
            head = false;
        }
    }

    public void removeStaff(long personId) {
        Long department = editing;
        Messages.attempt(language.getLocale(), "appeals.staff.removed", () -> staff.remove(department, personId));
    }

    /** Adds the chosen PDF as the picked department's public report of the year typed. */
    public void addReport() throws IOException {
        Long department = editing;
        boolean done;
        try (ChosenFiles chosen = ChosenFiles.open(reportFile)) {
            done = Messages.attempt(language.getLocale(), "appeals.report.added", () -> departments.addReport(department,
                    reportYear == null ? 0 : reportYear, reportTitle, chosen.isEmpty() ? null : chosen.uploads().get(0)));
        }
        reportFile = null;
        if (done) {
            reportYear = null;
            reportTitle = null;
        }
    }

    public void removeReport(long reportId) {
        Messages.attempt(language.getLocale(), "appeals.report.removed", () -> departments.removeReport(reportId));
    }

    /** The picked department's public reports. */
    public List<DepartmentReport> getReports() {
        return editing == null ? List.of() : reading.reports().getOrDefault(editing, List.of());
    }

    public Integer getReportYear() {
        return reportYear;
    }

    public void setReportYear(Integer reportYear) {
        this.reportYear = reportYear;
    }

    public String getReportTitle() {
        return reportTitle;
    }

    public void setReportTitle(String reportTitle) {
        this.reportTitle = reportTitle;
    }

    public Part getReportFile() {
        return reportFile;
    }

    public void setReportFile(Part reportFile) {
        this.reportFile = reportFile;
    }

    /** The picked department's staff. */
    public List<DepartmentStaff.Member> getMembers() {
        return editing == null ? List.of() : staff.members(editing);
    }

    /** Who may join a department's staff: the holders of the executor role. */
    public List<DepartmentStaff.Candidate> getCandidates() {
        return editing == null ? List.of() : staff.candidates();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public boolean isHead() {
        return head;
    }

    public void setHead(boolean head) {
        this.head = head;
    }

    public List<Department> getDepartments() {
        return reading.departments();
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }
}
