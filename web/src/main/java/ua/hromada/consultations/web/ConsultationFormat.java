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

    /** A document's size as people read it: kilobytes, or megabytes from one. */
    public String size(long bytes) {
        java.util.Locale locale = language.getLocale();
        return bytes >= 1024 * 1024 ? String.format(locale, "%.1f MB", bytes / (1024.0 * 1024)) : String.format(locale, "%d KB",
                Math.max(1, bytes / 1024));
    }

    public String path(Consultation consultation) {
        return "/" + tenant.require().slug() + "/consultations/" + consultation.id();
    }
}
