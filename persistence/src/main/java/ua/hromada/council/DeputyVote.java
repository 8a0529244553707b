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
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A deputy's vote in a roll call: public once the roll call closes, as councils' roll-call votes
 * are. Written by the bean's insert (one per deputy and roll call, a unique key); changed only
 * while the roll call is open.
 */
@Entity
@Table(name = "council_deputy_vote")
@NamedQuery(name = DeputyVote.OF_ROLL_CALL, query = "select v from DeputyVote v where v.rollCallId = :rollCall")
@NamedQuery(name = DeputyVote.CHOICE, query = "select v.choice from DeputyVote v where v.rollCallId = :rollCall and v.deputyId = :deputy")
public class DeputyVote {
    public static final String OF_ROLL_CALL = "DeputyVote.ofRollCall";
    /** One deputy's vote in a roll call (no row: not cast). */
    public static final String CHOICE = "DeputyVote.choice";

    /** What a deputy may vote. */
    public enum Choice {
        FOR, AGAINST, ABSTAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "roll_call_id", nullable = false, updatable = false)
    private long rollCallId;

    @Column(name = "deputy_id", nullable = false, updatable = false)
    private long deputyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Choice choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected DeputyVote() {
    }

    public long rollCallId() {
        return rollCallId;
    }

    public long deputyId() {
        return deputyId;
    }

    public Choice choice() {
        return choice;
    }

    public Instant castAt() {
        return castAt;
    }
}
