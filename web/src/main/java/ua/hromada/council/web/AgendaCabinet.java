package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.access.Acting;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.council.CouncilReading;

/** The cabinet's council page: the published agendas of the sessions to come in every council the person sits in, with what they have not read. */
@Named
@RequestScoped
public class AgendaCabinet {
    @Inject
    CouncilReading reading;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private List<CouncilReading.MyAgenda> agendas = List.of();

    /** f:viewAction: only for the signed-in; others are sent to sign in first. */
    public void load() throws IOException {
        if (Acting.current().isSignedIn()) {
            agendas = reading.myAgendas();
        } else {
            access.refuse("/cabinet/council.xhtml");
        }
    }

    /** A session's start in the page's language, in Kyiv's time (the cabinet spans communities, all in Ukraine's zone by default). */
    public String when(Instant instant) {
        return language.format(instant, CommunitySettings.DEFAULT_ZONE);
    }

    public List<CouncilReading.MyAgenda> getAgendas() {
        return agendas;
    }
}
