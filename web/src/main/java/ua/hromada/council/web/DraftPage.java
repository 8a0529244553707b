package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;

/** A draft decision with its versions, public and request-scoped (never a note); a deputy gets a link to their desk. */
@Named
@RequestScoped
public class DraftPage {
    @Inject
    CouncilReading reading;

    @Inject
    CouncilAdmission admission;

    private long id;
    private CouncilReading.DraftRecord record;

    /** f:viewAction. */
    public void load() {
        record = reading.draft(id);
    }

    public boolean isDeputy() {
        return admission.allows(CouncilAction.READ);
    }

    public CouncilReading.DraftRecord getRecord() {
        return record;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
