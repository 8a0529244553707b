package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.tenancy.Community;

/**
 * Reading a sitting: who registered, the quorum, each roll call with its item; a closed roll call
 * with every deputy's vote is public (councils' roll-call votes are), a running one shows only
 * that it runs (no running tally to sway the late), and a deputy reads their own vote in it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SittingReading {
    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;


    /** A deputy registered for the sitting. */
    public record Registered(DeputyProfile deputy, boolean remote) {
    }

    /** A roll call with the agenda item and draft it is on. */
    public record Round(RollCall rollCall, AgendaItem item, DraftDecision draft) {
    }

    /**
     * A session's sitting: the committee whose meeting it is (null: the council's plenary), the
     * seats and quorum it counts against, who registered, the roll calls in the order opened.
     */
    public record Sitting(CouncilSession session, String committee, int composition, int quorum, List<Registered> registered,
            List<Round> rounds) {
        public boolean hasQuorum() {
            return registered.size() >= quorum;
        }

        /** The roll call whose votes are still being taken or counted, if any. */
        public Optional<Round> running() {
            return rounds.stream().filter(r -> !r.rollCall().isClosed()).findFirst();
        }

        /** Whether the running roll call still takes votes at {@code now} (its window runs). */
        public boolean takesVotes(java.time.Instant now) {
            return running().map(r -> r.rollCall().accepts(now)).orElse(false);
        }

        /** The same, for pages: the running round or null. */
        public Round current() {
            return running().orElse(null);
        }

        /** Each item's last closed round (the item's result; earlier rounds were voted again), by item id. */
        public Map<Long, RollCall> results() {
            return rounds.stream().map(Round::rollCall).filter(RollCall::isClosed)
                    .collect(Collectors.toMap(RollCall::itemId, Function.identity(), (a, b) -> a.round() > b.round() ? a : b));
        }
    }

    /** A deputy's line in a closed roll call: registered or not, and their vote (null: did not vote). */
    public record DeputyLine(DeputyProfile deputy, String faction, boolean registered, DeputyVote.Choice choice) {
    }

    /** A closed roll call as published: its round, item, draft, and every deputy of the council (of the committee, at its meeting). */
    public record RollCallRecord(Round round, CouncilSession session, List<DeputyLine> deputies) {
    }

    /** Anyone: the sitting of a session whose agenda is published. */
    public Sitting sitting(long sessionId) {
        CouncilSession session = reading.publishedSession(sessionId);
        return sitting(session, reading.agenda(session));
    }

    /** Anyone: the sitting of a published session whose agenda the caller has read already. */
    public Sitting sitting(CouncilSession session, List<CouncilReading.AgendaLine> agenda) {
        Community community = reading.community();
        if (!session.isPublished() || !community.id().equals(session.communityId())) {
            throw new NotFoundException("council.session.not-found", session.id());
        }
        List<Registered> registered = List.of();
        List<Attendance> attendance = em.createNamedQuery(Attendance.OF_SESSION, Attendance.class).setParameter("session", session.id())
                .getResultList();
        if (!attendance.isEmpty()) {
            Map<Long, DeputyProfile> deputies = deputies();
            registered = attendance.stream().map(a -> new Registered(deputies.get(a.deputyId()), a.remote())).filter(r -> r.deputy() != null)
                    .sorted(Comparator.comparing((Registered r) -> r.deputy().name())).toList();
        }
        Map<Long, CouncilReading.AgendaLine> items = agenda.stream().collect(Collectors.toMap(l -> l.item().id(), Function.identity()));
        List<Round> rounds = em.createNamedQuery(RollCall.OF_SESSION, RollCall.class).setParameter("session", session.id())
                .getResultStream().map(r -> new Round(r, items.get(r.itemId()).item(), items.get(r.itemId()).draft())).toList();
        int composition = reading.compositionOf(session);
        return new Sitting(session, reading.committeeOf(session), composition, RollCall.quorum(composition), registered, rounds);
    }

    /** Anyone: a closed roll call with every deputy's vote; a running one (or another community's) is a 404. */
    public RollCallRecord closedRollCall(long id) {
        Community community = reading.community();
        RollCall rollCall = em.find(RollCall.class, id);
        if (rollCall == null || !community.id().equals(rollCall.communityId()) || !rollCall.isClosed()) {
            throw new NotFoundException("council.vote.not-found", id);
        }
        CouncilSession session = reading.publishedSession(rollCall.sessionId());
        Map<Long, DeputyVote.Choice> votes = em.createNamedQuery(DeputyVote.OF_ROLL_CALL, DeputyVote.class).setParameter("rollCall", id)
                .getResultStream().collect(Collectors.toMap(DeputyVote::deputyId, DeputyVote::choice));
        List<Long> registered = em.createNamedQuery(Attendance.OF_SESSION, Attendance.class).setParameter("session", session.id())
                .getResultStream().map(Attendance::deputyId).toList();
        List<DeputyLine> lines = reading.deputies().stream() // a committee's meeting: its members
                .filter(c -> !session.isCommitteeMeeting() || c.profile().committeeIds().contains(session.committeeId()))
                .map(c -> new DeputyLine(c.profile(), c.faction(),
                registered.contains(c.profile().id()), votes.get(c.profile().id()))).toList();
        AgendaItem item = em.find(AgendaItem.class, rollCall.itemId());
        return new RollCallRecord(new Round(rollCall, item, em.find(DraftDecision.class, item.draftId())), session, lines);
    }

    /** Deputies: whether they are registered for the sitting, and how (empty: not registered). */
    public Optional<Boolean> myRegistration(long sessionId) {
        return em.createNamedQuery(Attendance.REMOTE, Boolean.class).setParameter("session", sessionId)
                .setParameter("deputy", reading.myProfile().id()).getResultStream().findFirst();
    }

    /** Deputies: their own vote in a roll call, if they cast one. */
    public Optional<DeputyVote.Choice> myVote(long rollCallId) {
        return em.createNamedQuery(DeputyVote.CHOICE, DeputyVote.Choice.class).setParameter("rollCall", rollCallId)
                .setParameter("deputy", reading.myProfile().id()).getResultStream().findFirst();
    }

    /** Anyone: how many deputies have voted in a roll call of the community so far (how they voted shows at the close). */
    public long votesCast(long rollCallId) {
        return ((Number) em.createNativeQuery("select count(*) from council_deputy_vote where roll_call_id = ?1 and community_id = ?2")
                .setParameter(1, rollCallId).setParameter(2, reading.community().id()).getSingleResult()).longValue();
    }

    private Map<Long, DeputyProfile> deputies() {
        return em.createNamedQuery(DeputyProfile.ALL, DeputyProfile.class).getResultStream()
                .collect(Collectors.toMap(DeputyProfile::id, Function.identity()));
    }
}
