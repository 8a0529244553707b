package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealReading;

/**
 * The public status page of an appeal handed over from a public matter (a failed petition):
 * request-scoped, so an anonymous reader gets no session.
 */
@Named
@RequestScoped
public class AppealStatusPage {
    @Inject
    AppealReading reading;

    private long id;
    private Appeal appeal;

    /** f:viewAction: only an appeal handed over from a public matter has one (404 otherwise). */
    public void load() {
        appeal = reading.publicStatus(id);
    }

    public Appeal getAppeal() {
        return appeal;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
