package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One item of a session's agenda: a draft decision, at its position (1 first). */
@Entity
@Table(name = "council_agenda_item")
@NamedQuery(name = AgendaItem.OF_SESSION, query = "select i from AgendaItem i where i.sessionId = :session order by i.position, i.id")
public class AgendaItem {
    public static final String OF_SESSION = "AgendaItem.ofSession";
    /** Items one agenda may have (a city council's longest run to about a hundred). */
    public static final int MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false)
    private int position;

    protected AgendaItem() {
    }

    public AgendaItem(long sessionId, long draftId, int position) {
        this.sessionId = sessionId;
        this.draftId = draftId;
        this.position = position;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long draftId() {
        return draftId;
    }

    public int position() {
        return position;
    }
}
