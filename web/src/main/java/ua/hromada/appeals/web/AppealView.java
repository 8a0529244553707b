package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.appeals.AppealReading;

/** The applicant's page of their appeal: number, due date, status, history and the answer. */
@Named
@RequestScoped
public class AppealView {
    @Inject
    AppealReading reading;

    private long id;
    private AppealReading.Record record;

    /** f:viewAction: another community's appeal is a 404 page, another person's a 403 (the page failures map them). */
    public void load() {
        record = reading.own(id);
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
