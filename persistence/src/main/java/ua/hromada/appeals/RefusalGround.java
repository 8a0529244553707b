package ua.hromada.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * One legal ground on which the community refuses an information request, worded as a refusal
 * cites it (the law's provision and what it means). Kept by the secretariat; a retired ground is
 * cited no more, and the refusals that cited it keep their wording.
 */
@Entity
@Table(name = "appeal_refusal_ground")
@NamedQuery(name = RefusalGround.ALL, query = "select g from RefusalGround g order by g.retiredAt nulls first, g.wording, g.id")
@NamedQuery(name = RefusalGround.ACTIVE, query = "select g from RefusalGround g where g.retiredAt is null order by g.wording, g.id")
public class RefusalGround {
    public static final String ALL = "RefusalGround.all";
    public static final String ACTIVE = "RefusalGround.active";
    public static final int WORDING_MIN = 10;
    public static final int WORDING_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = WORDING_MAX)
    private String wording;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected RefusalGround() {
    }

    public RefusalGround(String wording, Instant now) {
        reword(wording);
        this.createdAt = now;
    }

    /** The new wording, 10–500 characters, spaces collapsed; for the refusals to come (past ones keep theirs). */
    public final void reword(String newWording) {
        String w = newWording == null ? "" : newWording.strip().replaceAll("\\s+", " ");
        if (w.length() < WORDING_MIN || w.length() > WORDING_MAX) {
            throw new InvalidInputException("appeals.ground.length", WORDING_MIN, WORDING_MAX);
        }
        this.wording = w;
    }

    /** Cited no more from now on; once. */
    public void retire(Instant now) {
        if (retiredAt != null) {
            throw new ConflictException("appeals.ground.retired", id);
        }
        this.retiredAt = now;
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String wording() {
        return wording;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
