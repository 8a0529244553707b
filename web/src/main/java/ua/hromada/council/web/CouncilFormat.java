package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.TenantContext;

/** How council pages show a moment: in the page's language and the community's time zone. */
@Named
@RequestScoped
public class CouncilFormat {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    public String when(Instant instant) {
        return instant == null ? "" : language.format(instant, tenant.require().zone());
    }
}
