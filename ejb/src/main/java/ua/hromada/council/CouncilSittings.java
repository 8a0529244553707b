package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.tenancy.Community;

/**
 * A session's sitting: deputies register (in the hall or remote), the chair (the secretariat
 * runs the system for them) opens a roll-call vote on an agenda item once a quorum is registered,
 * each registered deputy votes within the window, and the roll call closes with its tally, by the
 * chair or by the deadline sweeper at the window's end.
 *
 * <p>Exactness under concurrency: a vote takes a shared lock on its roll call's row and checks
 * the window under it; closing takes the exclusive lock, so it waits for every vote already
 * accepted and counts after them, and no vote lands after the count. One registration and one
 * vote per deputy are unique keys (a repeated request changes the row, never adds one).
 */
@Stateless
public class CouncilSittings {
    /** The deadline that closes a roll call at its window's end. */
    public static final String CLOSE = "council.roll-call.close";
    static final String OBJECT = "council-roll-call";

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    /** Deputies of the council: registers them for the session's sitting on its day, in the hall or remote (again: switches). */
    public void register(long sessionId, boolean remote) {
        Community community = reading.community();
        permissions.require(CouncilAction.ATTEND, community.id());
        Instant now = clock.instant();
        CouncilSession session = reading.publishedSession(sessionId);
        session.requireSitting(now, community.zone());
        DeputyProfile me = reading.myProfile();
        if (session.isCommitteeMeeting() && !me.committeeIds().contains(session.committeeId())) {
            throw new InvalidInputException("council.sitting.not-member");
        }
        em.createNativeQuery("insert into council_attendance (community_id, session_id, deputy_id, remote, registered_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on duplicate key update remote = values(remote)").setParameter(1, community.id())
                .setParameter(2, sessionId).setParameter(3, me.id()).setParameter(4, remote).setParameter(5, now).executeUpdate();
    }

    /**
     * The chair: opens the next round of a roll call on an item of the session's published agenda,
     * with the majority it needs and its window in seconds; a re-vote (a round after a closed one)
     * needs its reason. Refused without a quorum, or while another roll call of the session runs.
     */
    public RollCall open(long sessionId, long itemId, RollCall.Majority majority, int windowSeconds, String reason) {
        Community community = chair();
        Instant now = clock.instant();
        CouncilSession session = reading.publishedSession(sessionId);
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE); // one opening at a time per session
        session.requireSitting(now, community.zone());
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || item.sessionId() != sessionId) {
            throw new NotFoundException("council.agenda.item.not-found", itemId);
        }
        int round = 1;
        for (RollCall earlier : rollCalls(sessionId)) {
            if (!earlier.isClosed()) {
                if (earlier.accepts(now)) {
                    throw new ConflictException("council.vote.another-open", earlier.id());
                }
                count(locked(earlier.id()), now); // its window ended before the sweeper came by
            }
            if (earlier.itemId() == itemId) {
                round = Math.max(round, earlier.round() + 1);
            }
        }
        RollCall rollCall = new RollCall(sessionId, itemId, round, reason, majority, reading.compositionOf(session), registered(sessionId), now,
                windowSeconds);
        em.persist(rollCall);
        em.flush();
        deadlines.schedule(CLOSE, rollCall.id(), community.id(), rollCall.closesAt());
        audit.record(community.id(), "council.vote.open", OBJECT, rollCall.id(), "session " + sessionId + ", item " + item.position()
                + ", round " + round + ", " + majority + " (" + rollCall.needed() + " of " + rollCall.composition() + "), "
                + rollCall.registered() + " registered, " + windowSeconds + " s" + (rollCall.reason() == null ? "" : ": " + rollCall.reason()));
        return rollCall;
    }

    /** Registered deputies: their vote in a roll call while its window runs (again, while it runs: changes it). */
    public void cast(long rollCallId, DeputyVote.Choice choice) {
        Community community = reading.community();
        permissions.require(CouncilAction.VOTE, community.id());
        if (choice == null) {
            throw new InvalidInputException("council.vote.choice");
        }
        RollCall rollCall = rollCall(rollCallId);
        // a close waits for this vote, or this vote sees the close (a refresh under the lock: no stale version to trip on)
        em.refresh(rollCall, LockModeType.PESSIMISTIC_READ);
        Instant now = clock.instant();
        rollCall.requireAccepting(now);
        DeputyProfile me = reading.myProfile();
        if (em.createNamedQuery(Attendance.REMOTE, Boolean.class).setParameter("session", rollCall.sessionId()).setParameter("deputy", me.id())
                .getResultList().isEmpty()) {
            throw new InvalidInputException("council.vote.not-registered");
        }
        em.createNativeQuery("insert into council_deputy_vote (community_id, roll_call_id, deputy_id, choice, cast_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on duplicate key update choice = values(choice), cast_at = values(cast_at)")
                .setParameter(1, community.id()).setParameter(2, rollCallId).setParameter(3, me.id()).setParameter(4, choice.name())
                .setParameter(5, now).executeUpdate();
    }

    /** The chair: closes a roll call once its window ended, or earlier once every registered deputy has voted. */
    public RollCall close(long rollCallId) {
        Community community = chair();
        RollCall rollCall = count(locked(rollCall(rollCallId).id()), clock.instant());
        audit.record(community.id(), "council.vote.close", OBJECT, rollCallId, rollCall.outcome() + ": " + rollCall.votesFor() + " for, "
                + rollCall.votesAgainst() + " against, " + rollCall.votesAbstain() + " abstained");
        return rollCall;
    }

    /** The deadline sweeper only: closes the roll call if its window has ended and it is still open (safe to repeat). */
    public void closeWhenDue(long rollCallId, Instant now) {
        RollCall rollCall = em.find(RollCall.class, rollCallId);
        if (rollCall != null && !rollCall.isClosed() && !rollCall.accepts(now)) {
            count(locked(rollCallId), now);
        }
    }

    private RollCall count(RollCall rollCall, Instant now) {
        if (rollCall.isClosed()) {
            return rollCall; // the sweeper and the chair may both come; the first one counted
        }
        Map<DeputyVote.Choice, Long> tally = em.createNamedQuery(DeputyVote.OF_ROLL_CALL, DeputyVote.class)
                .setParameter("rollCall", rollCall.id()).getResultStream()
                .collect(Collectors.groupingBy(DeputyVote::choice, Collectors.counting()));
        int cast = tally.values().stream().mapToInt(Long::intValue).sum();
        rollCall.close(now, tally.getOrDefault(DeputyVote.Choice.FOR, 0L).intValue(), tally.getOrDefault(DeputyVote.Choice.AGAINST, 0L)
                .intValue(), tally.getOrDefault(DeputyVote.Choice.ABSTAIN, 0L).intValue(), cast >= registered(rollCall.sessionId()));
        return rollCall;
    }

    private RollCall locked(long rollCallId) {
        RollCall rollCall = em.find(RollCall.class, rollCallId);
        em.refresh(rollCall, LockModeType.PESSIMISTIC_WRITE);
        return rollCall;
    }

    private RollCall rollCall(long id) {
        Community community = reading.community();
        RollCall rollCall = em.find(RollCall.class, id);
        if (rollCall == null || !community.id().equals(rollCall.communityId())) {
            throw new NotFoundException("council.vote.not-found", id);
        }
        return rollCall;
    }

    private List<RollCall> rollCalls(long sessionId) {
        return em.createNamedQuery(RollCall.OF_SESSION, RollCall.class).setParameter("session", sessionId).getResultList();
    }

    private int registered(long sessionId) {
        return ((Number) em.createNativeQuery("select count(*) from council_attendance where session_id = ?1").setParameter(1, sessionId)
                .getSingleResult()).intValue();
    }

    private Community chair() {
        Community community = reading.community();
        permissions.require(CouncilAction.CHAIR, community.id());
        return community;
    }
}
