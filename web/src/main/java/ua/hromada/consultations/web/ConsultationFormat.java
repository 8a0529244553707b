package ua.hromada.consultations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import ua.hromada.consultations.Consultation;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.TenantContext;

/** How consultation pages show moments and addresses: in the community's time zone and the page language. */
@Named
@RequestScoped
public class ConsultationFormat {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    public String when(Instant instant) {
        return instant == null ? "" : language.format(instant, tenant.require().zone());
    }

    public String path(Consultation consultation) {
        return "/" + tenant.require().slug() + "/consultations/" + consultation.id();
    }
}
