package ua.hromada.appeals;

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
import java.util.Locale;
import org.hibernate.annotations.TenantId;

/**
 * One step of an appeal's history, as its applicant's page shows it: filed, routed or extended (with
 * the reason), given to an executor, escalated to the department's head when overdue, paused with
 * the question and resumed with the reply, answered or refused (with the ground).
 */
@Entity
@Table(name = "appeal_event")
@NamedQuery(name = AppealEvent.OF_APPEAL, query = "select e from AppealEvent e where e.appealId = :appeal order by e.at, e.id")
public class AppealEvent {
    public static final String OF_APPEAL = "AppealEvent.ofAppeal";
    public static final int NOTE_MAX = 1000;

    /** What happened. */
    public enum Kind {
        FILED, ROUTED, ASSIGNED, NO_FURTHER_STUDY, EXTENDED, ESCALATED, ANSWERED,
        /** Refused, the note citing the ground. */
        REFUSED,
        /** The clock stopped: the applicant is asked the question in the note. */
        PAUSED,
        /** The clock runs again: the applicant's reply in the note. */
        RESUMED,
        /** The applicant rated the answer. */
        RATED;

        public String labelKey() {
            return "appeals.event." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "appeal_id", nullable = false, updatable = false)
    private Long appealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Kind kind;

    /** Public to the applicant: a routing's reason, the department's name. */
    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected AppealEvent() {
    }

    public AppealEvent(long appealId, Kind kind, String note, Instant at) {
        this.appealId = appealId;
        this.kind = kind;
        this.note = note == null || note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX);
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public Instant at() {
        return at;
    }
}
