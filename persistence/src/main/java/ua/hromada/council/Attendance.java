package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A deputy registered for a session's sitting, in the hall or remote: only the registered vote,
 * and their number against the composition is the quorum. Written by the bean's insert (one per
 * deputy and session, a unique key); a deputy may switch between hall and remote.
 */
@Entity
@Table(name = "council_attendance")
@NamedQuery(name = Attendance.OF_SESSION, query = "select a from Attendance a where a.sessionId = :session order by a.registeredAt, a.id")
@NamedQuery(name = Attendance.REMOTE, query = "select a.remote from Attendance a where a.sessionId = :session and a.deputyId = :deputy")
public class Attendance {
    public static final String OF_SESSION = "Attendance.ofSession";
    /** One deputy's registration for a session: remote or not (no row: not registered). */
    public static final String REMOTE = "Attendance.remote";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "deputy_id", nullable = false, updatable = false)
    private long deputyId;

    @Column(nullable = false)
    private boolean remote;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Attendance() {
    }

    public long sessionId() {
        return sessionId;
    }

    public long deputyId() {
        return deputyId;
    }

    public boolean remote() {
        return remote;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
