package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * A roll-call vote on an agenda item: one round (a re-vote is the next round, with its reason),
 * opened by the chair only with a quorum registered, for a window in which each registered deputy
 * votes; closed, it keeps its tally and outcome against the majority it needed, counted on the
 * council's composition (not on those present), as the law counts.
 */
@Entity
@Table(name = "council_roll_call")
@NamedQuery(name = RollCall.OF_SESSION, query = "select r from RollCall r where r.sessionId = :session order by r.openedAt, r.id")
public class RollCall {
    public static final String OF_SESSION = "RollCall.ofSession";
    public static final int WINDOW_MIN_SECONDS = 10;
    public static final int WINDOW_MAX_SECONDS = 600;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;

    /** What "for" must reach: a majority of the composition, or two thirds of it (some decisions the law names). */
    public enum Majority {
        COMPOSITION, TWO_THIRDS;

        /** Votes "for" that adopt, in a council of {@code composition} seats. */
        public int needed(int composition) {
            return this == COMPOSITION ? composition / 2 + 1 : (2 * composition + 2) / 3;
        }
    }

    /** A closed roll call's result; a tie ("for" as many as "against") is not adopted and is shown as such. */
    public enum Outcome {
        ADOPTED, NOT_ADOPTED, TIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private int round;

    @Column(length = REASON_MAX, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Majority majority;

    @Column(nullable = false, updatable = false)
    private int composition;

    @Column(nullable = false, updatable = false)
    private int needed;

    @Column(nullable = false, updatable = false)
    private int quorum;

    @Column(nullable = false, updatable = false)
    private int registered;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closes_at", nullable = false, updatable = false)
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_abstain")
    private Integer votesAbstain;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Version
    private long version;

    protected RollCall() {
    }

    /**
     * Round {@code round} on the item (a re-vote, round 2 on, needs its reason), with
     * {@code registered} deputies registered: refused without a quorum (more than half the composition).
     */
    public RollCall(long sessionId, long itemId, int round, String reason, Majority majority, int composition, int registered,
            Instant now, int windowSeconds) {
        if (majority == null) {
            throw new InvalidInputException("council.vote.majority");
        }
        if (windowSeconds < WINDOW_MIN_SECONDS || windowSeconds > WINDOW_MAX_SECONDS) {
            throw new InvalidInputException("council.vote.window", WINDOW_MIN_SECONDS, WINDOW_MAX_SECONDS);
        }
        int q = quorum(composition);
        if (registered < q) {
            throw new InvalidInputException("council.vote.no-quorum", registered, q, composition);
        }
        this.reason = round > 1 ? Wording.line(reason, REASON_MIN, REASON_MAX, "council.vote.reason") : null;
        this.sessionId = sessionId;
        this.itemId = itemId;
        this.round = round;
        this.majority = majority;
        this.composition = composition;
        this.needed = majority.needed(composition);
        this.quorum = q;
        this.registered = registered;
        this.openedAt = now;
        this.closesAt = now.plus(Duration.ofSeconds(windowSeconds));
    }

    /** Deputies who must be registered for the council to decide: more than half of its composition. */
    public static int quorum(int composition) {
        return composition / 2 + 1;
    }

    /** Whether a vote cast at {@code now} counts: the window is running and the chair has not closed it. */
    public boolean accepts(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    /** A vote refused once the window is over (or the roll call closed). */
    public void requireAccepting(Instant now) {
        if (!accepts(now)) {
            throw new ConflictException("council.vote.closed", id);
        }
    }

    /**
     * Closes with the tally; before the window ends only once every registered deputy has voted
     * (the chair does not cut anyone short). Once.
     */
    public void close(Instant now, int forVotes, int against, int abstain, boolean everyoneVoted) {
        if (closedAt != null) {
            throw new ConflictException("council.vote.closed", id);
        }
        if (now.isBefore(closesAt) && !everyoneVoted) {
            throw new ConflictException("council.vote.running", id);
        }
        this.closedAt = now;
        this.votesFor = forVotes;
        this.votesAgainst = against;
        this.votesAbstain = abstain;
        this.outcome = forVotes >= needed ? Outcome.ADOPTED : forVotes == against && forVotes > 0 ? Outcome.TIED : Outcome.NOT_ADOPTED;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public long sessionId() {
        return sessionId;
    }

    public long itemId() {
        return itemId;
    }

    public int round() {
        return round;
    }

    public String reason() {
        return reason;
    }

    public Majority majority() {
        return majority;
    }

    public int composition() {
        return composition;
    }

    public int needed() {
        return needed;
    }

    public int quorum() {
        return quorum;
    }

    public int registered() {
        return registered;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Integer votesFor() {
        return votesFor;
    }

    public Integer votesAgainst() {
        return votesAgainst;
    }

    public Integer votesAbstain() {
        return votesAbstain;
    }

    public Outcome outcome() {
        return outcome;
    }
}
