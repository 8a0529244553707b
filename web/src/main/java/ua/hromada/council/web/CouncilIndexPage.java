package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSession;
import ua.hromada.council.Convocation;
import ua.hromada.council.DraftDecision;

/** The council's public page: its convocation, deputies, published agendas and latest drafts; request-scoped, so an anonymous reader gets no session. */
@Named
@RequestScoped
public class CouncilIndexPage {
    @Inject
    CouncilReading reading;

    private List<CouncilReading.DeputyCard> deputies;
    private List<CouncilSession> sessions;
    private List<DraftDecision> drafts;
    private Convocation convocation;

    /** f:viewAction. */
    public void load() {
        deputies = reading.deputies();
        sessions = reading.publishedSessions();
        drafts = reading.latestDrafts();
        convocation = reading.convocations().stream().findFirst().orElse(null);
    }

    public List<CouncilReading.DeputyCard> getDeputies() {
        return deputies;
    }

    public List<CouncilSession> getSessions() {
        return sessions;
    }

    public List<DraftDecision> getDrafts() {
        return drafts;
    }

    public Convocation getConvocation() {
        return convocation;
    }
}
