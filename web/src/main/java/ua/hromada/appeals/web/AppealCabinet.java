package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ua.hromada.appeals.AppealReading;
import ua.hromada.core.access.Acting;

/** The cabinet's appeals page: the person's appeals and requests in every community, with status and due date. */
@Named
@RequestScoped
public class AppealCabinet {
    @Inject
    AppealReading reading;

    private List<AppealReading.Mine> mine = List.of();

    /** f:viewAction: only for the signed-in; others are sent to sign in first. */
    public void load() throws IOException {
        if (!Acting.current().isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signin?return=/cabinet/appeals.xhtml");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        mine = reading.mine();
    }

    public List<AppealReading.Mine> getMine() {
        return mine;
    }
}
