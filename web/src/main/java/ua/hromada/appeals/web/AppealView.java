package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealReading;

/**
 * The applicant's page of their appeal (number, due date, status, history and the answer), and the
 * public status page of an appeal handed over from a public matter.
 */
@Named
@RequestScoped
public class AppealView {
    @Inject
    AppealReading reading;

    private long id;
    private AppealReading.Record record;
    private Appeal handedOver;

    /** f:viewAction: another community's appeal is a 404 page, another person's a 403 (the page failures map them). */
    public void load() {
        record = reading.own(id);
    }

    /** f:viewAction of the public status page: only an appeal handed over from a public matter has one (404 otherwise). */
    public void loadPublic() {
        handedOver = reading.publicStatus(id);
    }

    public Appeal getHandedOver() {
        return handedOver;
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
}
