package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.council.SittingReading;

/** A closed roll call's published result with every deputy's vote: public and request-scoped (a running one is a 404). */
@Named
@RequestScoped
public class RollCallPage {
    @Inject
    SittingReading reading;

    private long id;
    private SittingReading.RollCallRecord record;

    /** f:viewAction. */
    public void load() {
        record = reading.closedRollCall(id);
    }

    public SittingReading.RollCallRecord getRecord() {
        return record;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
