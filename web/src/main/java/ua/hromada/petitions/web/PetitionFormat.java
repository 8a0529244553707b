package ua.hromada.petitions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;

/** How petition pages show numbers and moments: in the community's time zone and the page language. */
@Named
@RequestScoped
public class PetitionFormat {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    /** Percentage of the threshold reached, for the progress bar (capped at 100). */
    public int progress(Petition petition) {
        return (int) Math.min(100, 100L * petition.signatureCount() / Math.max(1, petition.rules().threshold()));
    }

    public String when(Instant instant) {
        return instant == null ? "" : language.format(instant, tenant.require().zone());
    }

    /** The petition's address below the context path: stable, short, for sharing and posters. */
    public String shortPath(Petition petition) {
        return "/" + tenant.require().slug() + "/p/" + petition.id();
    }

    public String path(Petition petition) {
        return "/" + tenant.require().slug() + "/petitions/" + petition.id();
    }
}
