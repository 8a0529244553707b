package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSession;
import ua.hromada.council.DeputyDesk;
import ua.hromada.council.SittingReading;

/**
 * A session's published agenda (any other session is a 404): public and request-scoped; a deputy
 * also sees which drafts they read, and at which version.
 */
@Named
@RequestScoped
public class SessionPage {
    @Inject
    CouncilReading reading;

    @Inject
    DeputyDesk desk;

    @Inject
    CouncilAdmission admission;

    @Inject
    SittingReading sittings;

    private long id;
    private CouncilSession session;
    private List<CouncilReading.AgendaLine> agenda;
    private Map<Long, Integer> read = Map.of();
    private SittingReading.Sitting sitting;

    /** f:viewAction. */
    public void load() {
        session = reading.publishedSession(id);
        agenda = reading.agenda(session);
        sitting = sittings.sitting(session, agenda);
        if (admission.allows(CouncilAction.READ)) {
            read = desk.readMarks();
        }
    }

    /** For a deputy: whether they read this draft's current version. */
    public boolean readCurrent(CouncilReading.AgendaLine line) {
        Integer version = read.get(line.draft().id());
        return version != null && version == line.draft().currentVersion();
    }

    /** For a deputy: whether they read an earlier version only (the draft changed since). */
    public boolean readEarlier(CouncilReading.AgendaLine line) {
        Integer version = read.get(line.draft().id());
        return version != null && version < line.draft().currentVersion();
    }

    public boolean isDeputy() {
        return admission.allows(CouncilAction.READ);
    }

    /** Who registered for the sitting and the roll calls held, with their results. */
    public SittingReading.Sitting getSitting() {
        return sitting;
    }

    public CouncilSession getSession() {
        return session;
    }

    public List<CouncilReading.AgendaLine> getAgenda() {
        return agenda;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
