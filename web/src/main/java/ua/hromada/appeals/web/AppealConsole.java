package ua.hromada.appeals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealAction;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReach;
import ua.hromada.appeals.AppealStatus;
import ua.hromada.appeals.AppealPermissions;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.Appeals;
import ua.hromada.appeals.Department;
import ua.hromada.appeals.DepartmentStaff;
import ua.hromada.core.web.ChosenFiles;
import ua.hromada.appeals.RefusalGround;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The officials' queue (the appeals within their reach, filtered; waiting ones due first by
 * default) and the page of one: route it (the secretariat), give it to an executor (the
 * secretariat or the department's head), extend its term, answer it, refuse a request on a
 * ground, ask the applicant a clarification.
 */
@Named
@ViewScoped
public class AppealConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AppealReading reading;

    @Inject
    Appeals appeals;

    @Inject
    AppealPermissions permissions;

    @Inject
    DepartmentStaff staff;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private LazyRows<Appeal> queue;
    private String status = AppealStatus.REGISTERED.name();
    private AppealKind kind;
    private Long department;
    private boolean overdueOnly;
    private boolean mineOnly;
    private long id;
    private AppealReading.Record record;
    private String answer;
    private Long routeTo;
    private String reason;
    private LocalDate extendTo;
    private String extensionReason;
    private Long executor;
    private transient Part letter;
    private AppealReach reach;
    private Long ground;
    private String explanation;
    private String question;
    // read once per view (a render asks for them several times); the staff again when the record changes
    private transient List<Department> departments;
    private transient List<RefusalGround> grounds;
    private Boolean routing;
    private transient List<DepartmentStaff.Member> staffOfRecord;
    private transient AppealReading.Record staffRecord;

    /** f:viewAction of the queue. */
    public void loadQueue() throws IOException {
        if (admitted("/admin/appeals")) {
            rows();
        }
    }

    /** The queue with the filters as chosen. */
    public void filter() {
        rows();
    }

    /** f:viewAction of one appeal's page (404 for none here). */
    public void loadAppeal() throws IOException {
        if (admitted("/admin/appeals/" + id) && record == null) {
            record = reading.handled(id);
            routeTo = record.appeal().departmentId();
            executor = record.appeal().executorId();
            answer = record.appeal().answerDraft();
        }
    }

    /** Keeps the answer being written as a draft (the letter is chosen when it is sent). */
    public void draftAnswer() {
        if (Messages.attempt(language.getLocale(), "appeals.console.drafted", () -> appeals.draftAnswer(id, answer))) {
            record = reading.handled(id);
        }
    }

    public void needsNoFurtherStudy() {
        if (Messages.attempt(language.getLocale(), "appeals.console.shortened", () -> appeals.needsNoFurtherStudy(id))) {
            record = reading.handled(id);
        }
    }

    public void assign() {
        if (Messages.attempt(language.getLocale(), "appeals.console.assigned", () -> appeals.assign(id, executor == null ? 0 : executor))) {
            record = reading.handled(id);
        }
    }

    /** The answer, with the signed letter if one was chosen (it must be chosen again after a refusal). */
    public void answer() throws IOException {
        boolean done;
        try (ChosenFiles chosen = ChosenFiles.open(letter)) {
            done = Messages.attempt(language.getLocale(), "appeals.console.answered", () -> appeals.answer(id, answer,
                    chosen.isEmpty() ? null : chosen.uploads().get(0)));
        }
        letter = null;
        if (done) {
            record = reading.handled(id);
        }
    }

    public Part getLetter() {
        return letter;
    }

    public void setLetter(Part letter) {
        this.letter = letter;
    }

    public void route() {
        if (Messages.attempt(language.getLocale(), "appeals.console.routed", () -> appeals.route(id, routeTo, reason))) {
            record = reading.handled(id);
            reason = null;
        }
    }

    public void extend() {
        if (Messages.attempt(language.getLocale(), "appeals.console.extended", () -> appeals.extend(id, extendTo, extensionReason))) {
            record = reading.handled(id);
        }
    }

    public void refuse() {
        if (Messages.attempt(language.getLocale(), "appeals.console.refused", () -> appeals.refuse(id, ground, explanation))) {
            record = reading.handled(id);
        }
    }

    public void askClarification() {
        if (Messages.attempt(language.getLocale(), "appeals.console.paused", () -> appeals.askClarification(id, question))) {
            record = reading.handled(id);
        }
    }

    /** The grounds a refusal may cite now. */
    public List<RefusalGround> getGrounds() {
        if (grounds == null) {
            grounds = reading.activeGrounds();
        }
        return grounds;
    }

    public Long getGround() {
        return ground;
    }

    public void setGround(Long ground) {
        this.ground = ground;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    private void rows() {
        AppealStatus chosen = status == null || status.isEmpty() ? null : AppealStatus.valueOf(status);
        AppealReading.QueueFilter filter = new AppealReading.QueueFilter(chosen, kind, department, overdueOnly,
                mineOnly ? reach().personId() : null);
        boolean waiting = chosen == AppealStatus.REGISTERED;
        queue = new LazyRows<>(query -> reading.queue(query, filter), Appeal::id, waiting ? "due" : "filed", !waiting);
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(AppealAction.WORK, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = reading.departments();
        }
        return departments;
    }

    /** The secretariat routes; others work what was routed to them. */
    public boolean isRouting() {
        if (routing == null) {
            routing = permissions.allows(AppealAction.HANDLE, tenant.require().id());
        }
        return routing;
    }

    /** Whether the official gives this appeal to its department's staff (the secretariat, the department's head). */
    public boolean isAssigning() {
        return record != null && record.appeal().departmentId() != null && reach().assigns(record.appeal());
    }

    /** Those the appeal may be given to: its department's staff. */
    public List<DepartmentStaff.Member> getStaff() {
        if (staffRecord != record || staffOfRecord == null) {
            staffOfRecord = isAssigning() ? staff.members(record.appeal().departmentId()) : List.of();
            staffRecord = record;
        }
        return staffOfRecord;
    }

    private AppealReach reach() {
        if (reach == null) {
            reach = permissions.reach(tenant.require().id());
        }
        return reach;
    }

    public List<AppealStatus> getStatuses() {
        return List.of(AppealStatus.values());
    }

    public List<AppealKind> getKinds() {
        return List.of(AppealKind.values());
    }

    public LazyRows<Appeal> getQueue() {
        return queue;
    }

    public String getStatus() {
        return status;
    }

    /** A status's name, or empty for any; anything else is no status at all (the select offers only these). */
    public void setStatus(String status) {
        this.status = status != null && Arrays.stream(AppealStatus.values()).anyMatch(s -> s.name().equals(status)) ? status : "";
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

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public Long getExecutor() {
        return executor;
    }

    public void setExecutor(Long executor) {
        this.executor = executor;
    }

    public AppealReading.Record getRecord() {
        return record;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getRouteTo() {
        return routeTo;
    }

    public void setRouteTo(Long routeTo) {
        this.routeTo = routeTo;
    }

    public LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(LocalDate extendTo) {
        this.extendTo = extendTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
