package ua.hromada.appeals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealAction;
import ua.hromada.appeals.AppealPermissions;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.Appeals;
import ua.hromada.appeals.Department;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/** The secretariat's queue (waiting appeals, due first; or every appeal) and the page of one: route it, extend its term, answer it. */
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
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private LazyRows<Appeal> queue;
    private boolean everything;
    private long id;
    private AppealReading.Record record;
    private String answer;
    private Long routeTo;
    private String reason;
    private LocalDate extendTo;
    private String extensionReason;

    /** f:viewAction of the queue. */
    public void loadQueue() throws IOException {
        if (admitted("/admin/appeals")) {
            rows();
        }
    }

    /** The queue shows every appeal, or only the waiting ones again. */
    public void toggle() {
        everything = !everything;
        rows();
    }

    /** f:viewAction of one appeal's page (404 for none here). */
    public void loadAppeal() throws IOException {
        if (admitted("/admin/appeals/" + id) && record == null) {
            record = reading.handled(id);
            routeTo = record.appeal().departmentId();
        }
    }

    public void answer() {
        if (Messages.attempt(language.getLocale(), "appeals.console.answered", () -> appeals.answer(id, answer))) {
            record = reading.handled(id);
        }
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

    private void rows() {
        boolean waitingOnly = !everything;
        queue = new LazyRows<>(query -> reading.queue(query, waitingOnly), Appeal::id, waitingOnly ? "due" : "filed", !waitingOnly);
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(AppealAction.HANDLE, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public List<Department> getDepartments() {
        return reading.departments();
    }

    public LazyRows<Appeal> getQueue() {
        return queue;
    }

    public boolean isEverything() {
        return everything;
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
