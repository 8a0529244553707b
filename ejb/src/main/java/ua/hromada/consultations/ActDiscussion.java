package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.RateLimits;

/**
 * People weighing in on a discussion's draft act while it is open: support or oppose a section of
 * its current version, or the act as a whole (key 0); one stance per person and section (the
 * primary key), which they may change.
 */
@Stateless
public class ActDiscussion {
    /** Stances one person may give or change in a minute. */
    static final int STANCES_PER_MINUTE = 30;
    /** The key of the act as a whole. */
    public static final int WHOLE_ACT = 0;
    // the person's row is read in share mode, as a comment's author is (a deletion and this insert see each other)
    private static final String TAKE = "insert into regulation_stance (consultation_id, section_key, person_id, community_id, stance, given_at)"
            + " select ?1, ?2, p.id, ?3, ?4, ?5 from person p where p.id = ?6 and p.deleted_at is null and p.merged_into is null"
            + " lock in share mode on duplicate key update stance = values(stance), given_at = values(given_at)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    @Inject
    RateLimits rates;

    @Inject
    Clock clock;

    /** The discussion's audience, while it is open: supports or opposes a section of the act (0: the whole act). */
    public void take(long id, int sectionKey, Stance stance) {
        if (stance == null) {
            throw new InvalidInputException("regulation.stance.required");
        }
        Consultation act = reading.open(id, ConsultationAction.TAKE_STANCE);
        if (!act.isDiscussion()) {
            throw new NotFoundException("consultation.not-found", id);
        }
        if (sectionKey != WHOLE_ACT && reading.sections(act, act.actVersion()).stream().noneMatch(s -> s.key() == sectionKey)) {
            throw new NotFoundException("regulation.section.not-found", sectionKey);
        }
        long person = Acting.current().personId();
        rates.admit("regulation.stance", person, STANCES_PER_MINUTE);
        em.createNativeQuery(TAKE).setParameter(1, id).setParameter(2, sectionKey).setParameter(3, act.communityId())
                .setParameter(4, stance.name()).setParameter(5, clock.instant()).setParameter(6, person).executeUpdate();
    }
}
