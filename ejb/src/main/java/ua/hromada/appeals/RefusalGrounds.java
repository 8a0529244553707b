package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;

/**
 * The secretariat keeps the community's legal grounds for refusing an information request: adds,
 * rewords (for refusals to come) and retires them (cited no more; the refusals that cited one keep
 * it). No two of a community's grounds read the same. Each step audited.
 */
@Stateless
public class RefusalGrounds {
    static final String OBJECT = "appeal-refusal-ground";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealReading reading;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The secretariat: a new ground, in force at once. */
    public RefusalGround add(String wording) {
        reading.grounds(); // the GROUNDS row first
        RefusalGround ground = new RefusalGround(wording, clock.instant());
        requireUnique(ground.wording(), null);
        em.persist(ground);
        em.flush();
        audit.record(ground.communityId(), "appeals.ground.add", OBJECT, ground.id(), ground.wording());
        return ground;
    }

    /** The secretariat: a ground's new wording, in force or retired. */
    public RefusalGround reword(long id, String wording) {
        RefusalGround ground = kept(id);
        String before = ground.wording();
        ground.reword(wording);
        requireUnique(ground.wording(), id);
        audit.record(ground.communityId(), "appeals.ground.edit", OBJECT, id, before + " → " + ground.wording());
        return ground;
    }

    /** The secretariat: a ground cited no more. */
    public RefusalGround retire(long id) {
        RefusalGround ground = kept(id);
        ground.retire(clock.instant());
        audit.record(ground.communityId(), "appeals.ground.retire", OBJECT, id, ground.wording());
        return ground;
    }

    /** One of the current community's grounds, after the GROUNDS row (through the list it reads). */
    private RefusalGround kept(long id) {
        return reading.grounds().stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("appeals.ground.not-found", id));
    }

    private void requireUnique(String wording, Long self) {
        if (reading.grounds().stream().anyMatch(g -> g.wording().equalsIgnoreCase(wording) && !g.id().equals(self))) {
            throw new InvalidInputException("appeals.ground.taken");
        }
    }
}
