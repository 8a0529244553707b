package ua.hromada.petitions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionAction;
import ua.hromada.petitions.PetitionPermissions;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionReport;

/**
 * The petitions console's queues as lazy tables: submissions to moderate, petitions to answer and
 * reports. Each page's view action opens its table for those the permission table admits; every
 * page, sort and search then goes to {@link PetitionReading}, which checks again.
 */
@Named
@ViewScoped
public class PetitionQueues implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    Clock clock;

    private LazyRows<Petition> petitions;
    private LazyRows<PetitionReport> reports;

    /** f:viewAction of the moderation queue. */
    public void loadQueue() throws IOException {
        if (admitted(PetitionAction.MODERATE, "/admin/petitions")) {
            petitions = new LazyRows<>(query -> reading.queue(query), Petition::id, "due", false);
        }
    }

    /** f:viewAction of the petitions awaiting the official response. */
    public void loadResponses() throws IOException {
        if (admitted(PetitionAction.RESPOND, "/admin/petitions/responses")) {
            petitions = new LazyRows<>(query -> reading.awaitingResponse(query), Petition::id, "due", false);
        }
    }

    /** f:viewAction of the reports. */
    public void loadReports() throws IOException {
        if (admitted(PetitionAction.MODERATE, "/admin/petitions/reports")) {
            reports = new LazyRows<>(query -> reading.reports(query), PetitionReport::id, "received", true);
        }
    }

    private boolean admitted(PetitionAction action, String page) throws IOException {
        if (permissions.allows(action, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public boolean overdue(Petition petition) {
        return petition.isOverdue(clock.instant());
    }

    public LazyRows<Petition> getPetitions() {
        return petitions;
    }

    public LazyRows<PetitionReport> getReports() {
        return reports;
    }
}
