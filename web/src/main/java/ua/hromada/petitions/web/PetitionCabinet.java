package ua.hromada.petitions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.core.access.Acting;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionReading.Located;

/** The cabinet's petitions page: what the person wrote and signed, in every community. */
@Named
@RequestScoped
public class PetitionCabinet {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    PetitionReading reading;

    @Inject
    LanguageSelection language;

    private List<Located> mine = List.of();
    private List<Located> signed = List.of();

    /** f:viewAction: only for the signed-in; others are sent to sign in first. */
    public void load() throws IOException {
        if (!Acting.current().isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signin?return=/cabinet/petitions.xhtml");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        mine = reading.mineEverywhere();
        signed = reading.signedByMeEverywhere();
    }

    public String when(Instant at) {
        return at == null ? "" : language.format(at, KYIV);
    }

    public List<Located> getMine() {
        return mine;
    }

    public List<Located> getSigned() {
        return signed;
    }
}
