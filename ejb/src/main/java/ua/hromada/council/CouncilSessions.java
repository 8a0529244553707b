package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.tenancy.Community;

/**
 * The secretariat plans sessions and builds their agendas from draft decisions; publishing an
 * agenda makes it public, freezes it and tells every deputy of the council. Each step audited.
 */
@Stateless
public class CouncilSessions {
    static final String OBJECT = "council-session";
    private static final String MAIL = "i18n.council_mail";
    private static final Locale UK = Locale.forLanguageTag("uk");
    // the council's composition: every deputy with a profile in the community
    private static final String DEPUTIES = "select person_id from council_deputy where community_id = ?1";
    // a committee's members
    static final String MEMBERS = "select d.person_id from council_deputy d join council_deputy_committee m on m.deputy_id = d.id"
            + " where d.community_id = ?1 and m.committee_id = ?2";

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    /** The secretariat: a new plenary session, its agenda still to build. */
    public CouncilSession plan(String title, Instant startsAt, String place, boolean remote) {
        return planFor(null, title, startsAt, place, remote);
    }

    /** The secretariat: a new meeting of a standing committee of the community, its agenda still to build. */
    public CouncilSession planMeeting(long committeeId, String title, Instant startsAt, String place, boolean remote) {
        return planFor(committeeId, title, startsAt, place, remote);
    }

    private CouncilSession planFor(Long committeeId, String title, Instant startsAt, String place, boolean remote) {
        Community community = secretariat();
        if (committeeId != null && reading.committees().stream().noneMatch(c -> c.id().equals(committeeId))) {
            throw new NotFoundException("council.committee.not-found", committeeId);
        }
        CouncilSession session = new CouncilSession(committeeId, title, startsAt, place, remote, clock.instant());
        em.persist(session);
        em.flush();
        audit.record(community.id(), "council.session.plan", OBJECT, session.id(), (committeeId == null ? "" : "committee " + committeeId
                + ": ") + "\"" + session.title() + "\" at " + startsAt);
        return session;
    }

    /** The secretariat: changes an unpublished session's title, time and place. */
    public CouncilSession replan(long id, String title, Instant startsAt, String place, boolean remote) {
        Community community = secretariat();
        CouncilSession session = reading.session(id);
        session.plan(title, startsAt, place, remote);
        audit.record(community.id(), "council.session.replan", OBJECT, id, "\"" + session.title() + "\" at " + startsAt);
        return session;
    }

    /** The secretariat: puts a draft at the end of an unpublished agenda (once). */
    public AgendaItem addItem(long sessionId, long draftId) {
        Community community = secretariat();
        CouncilSession session = unpublished(sessionId);
        DraftDecision draft = reading.draft(draftId).draft();
        List<AgendaItem> items = items(session);
        if (items.stream().anyMatch(i -> i.draftId() == draftId)) {
            throw new InvalidInputException("council.agenda.twice", draft.number());
        }
        if (items.size() >= AgendaItem.MAX) {
            throw new InvalidInputException("council.agenda.full", AgendaItem.MAX);
        }
        AgendaItem item = new AgendaItem(session.id(), draftId, items.size() + 1);
        em.persist(item);
        em.flush();
        audit.record(community.id(), "council.agenda.add", OBJECT, sessionId, "item " + item.position() + ": draft № " + draft.number());
        return item;
    }

    /** The secretariat: takes an item off an unpublished agenda; those after it move up. */
    public void removeItem(long sessionId, long itemId) {
        Community community = secretariat();
        CouncilSession session = unpublished(sessionId);
        List<AgendaItem> items = items(session);
        AgendaItem item = items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("council.agenda.item.not-found", itemId));
        em.remove(item);
        renumber(items.stream().filter(i -> i != item).toList());
        audit.record(community.id(), "council.agenda.remove", OBJECT, sessionId, "draft " + item.draftId());
    }

    /** The secretariat: moves an item of an unpublished agenda one place up ({@code up}) or down. */
    public void move(long sessionId, long itemId, boolean up) {
        Community community = secretariat();
        List<AgendaItem> items = new ArrayList<>(items(unpublished(sessionId)));
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                at = i;
            }
        }
        if (at < 0) {
            throw new NotFoundException("council.agenda.item.not-found", itemId);
        }
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < items.size()) {
            Collections.swap(items, at, to);
            renumber(items);
            audit.record(community.id(), "council.agenda.move", OBJECT, sessionId, "item " + (at + 1) + " → " + (to + 1));
        }
    }

    /** The secretariat: publishes the agenda (not an empty one) and tells every deputy of the council (a meeting's: the committee's members). */
    public CouncilSession publish(long sessionId) {
        Community community = secretariat();
        CouncilSession session = unpublished(sessionId);
        int count = items(session).size();
        if (count == 0) {
            throw new InvalidInputException("council.agenda.empty");
        }
        session.publish(clock.instant());
        audit.record(community.id(), "council.session.publish", OBJECT, sessionId, count + " items");
        String link = System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug() + "/council/sessions/"
                + sessionId;
        notices.tellAll(community.id(), "Громада: " + text(UK, "council.mail.agenda", session, community) + " / "
                + text(Locale.ENGLISH, "council.mail.agenda", session, community), text(UK, "council.mail.agenda.body", session, community)
                + "\n\n" + text(Locale.ENGLISH, "council.mail.agenda.body", session, community), link,
                session.isCommitteeMeeting() ? MEMBERS : DEPUTIES, session.isCommitteeMeeting() ? new Object[] {community.id(),
                        session.committeeId()} : new Object[] {community.id()});
        return session;
    }

    private static String text(Locale locale, String key, CouncilSession session, Community community) {
        return new MessageFormat(ResourceBundle.getBundle(MAIL, locale).getString(key), locale).format(new Object[] {session.title(),
                DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(session.startsAt().atZone(community.zone()))});
    }

    // the session's row is locked while its agenda changes, so two officials' changes queue instead of mixing positions
    private CouncilSession unpublished(long sessionId) {
        CouncilSession session = reading.session(sessionId);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(session);
        if (session.isPublished()) {
            throw new ConflictException("council.session.published", sessionId);
        }
        return session;
    }

    private List<AgendaItem> items(CouncilSession session) {
        return em.createNamedQuery(AgendaItem.OF_SESSION, AgendaItem.class).setParameter("session", session.id()).getResultList();
    }

    private static void renumber(List<AgendaItem> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    private Community secretariat() {
        Community community = reading.community();
        permissions.require(CouncilAction.SESSIONS, community.id());
        return community;
    }
}
