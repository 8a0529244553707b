package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.council.Committee;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSession;
import ua.hromada.council.CouncilSessions;
import ua.hromada.council.DraftDecision;

/** The secretariat's sessions: the list and the plan form, and one session's agenda: add, move, remove drafts, publish. */
@Named
@ViewScoped
public class SessionConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilSessions sessions;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilAdmission admission;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    private String title;
    private LocalDate day;
    private LocalTime time;
    private String place;
    private boolean remote;
    private long id;
    private CouncilSession session;
    private Long draft;
    private Long committee;

    /** f:viewAction of the list. */
    public void load() throws IOException {
        admission.admit(CouncilAction.SESSIONS, "/admin/council/sessions");
    }

    /** f:viewAction of one session's page. */
    public void loadSession() throws IOException {
        if (admission.admit(CouncilAction.SESSIONS, "/admin/council/sessions/" + id) && session == null) {
            session = reading.plannedSession(id);
        }
    }

    public void plan() {
        LocalDate d = day;
        LocalTime t = time;
        Long body = committee;
        if (Messages.attempt(language.getLocale(), "council.session.planned", () -> {
            if (body == null) {
                sessions.plan(title, startsAt(d, t), place, remote);
            } else {
                sessions.planMeeting(body, title, startsAt(d, t), place, remote);
            }
        })) {
            title = null;
            committee = null;
            day = null;
            time = null;
            place = null;
            remote = false;
        }
    }

    public void addItem() {
        long chosen = draft == null ? 0 : draft;
        if (Messages.attempt(language.getLocale(), "council.agenda.added", () -> sessions.addItem(id, chosen))) {
            draft = null;
        }
    }

    public void move(long itemId, boolean up) {
        Messages.attempt(language.getLocale(), "council.agenda.moved", () -> sessions.move(id, itemId, up));
    }

    public void remove(long itemId) {
        Messages.attempt(language.getLocale(), "council.agenda.removed", () -> sessions.removeItem(id, itemId));
    }

    public void publish() {
        if (Messages.attempt(language.getLocale(), "council.session.published.done", () -> sessions.publish(id))) {
            session = reading.plannedSession(id);
        }
    }

    private Instant startsAt(LocalDate d, LocalTime t) {
        if (d == null || t == null) {
            throw new InvalidInputException("council.session.start");
        }
        return d.atTime(t).atZone(tenant.require().zone()).toInstant();
    }

    public List<CouncilSession> getSessions() {
        return reading.sessions();
    }

    public List<CouncilReading.AgendaLine> getAgenda() {
        return session == null ? List.of() : reading.agenda(session);
    }

    /** The committees a meeting may be planned for. */
    public List<Committee> getCommittees() {
        return reading.committees();
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public List<DraftDecision> getDrafts() {
        return reading.drafts();
    }

    public CouncilSession getSession() {
        return session;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public Long getDraft() {
        return draft;
    }

    public void setDraft(Long draft) {
        this.draft = draft;
    }
}
