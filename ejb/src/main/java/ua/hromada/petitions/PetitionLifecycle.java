package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ua.hromada.core.access.Role;
import ua.hromada.core.handover.HandOver;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.WorkingDayCalendar;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.tenancy.Community;

/**
 * The transitions the platform makes on its own (the tally and the deadline sweeper), each in the
 * caller's transaction with the petition row locked, so two nodes cannot make the same one twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PetitionLifecycle {
    static final String CONSIDERATION_DUE = "petition.consideration-due";

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    Deadlines deadlines;

    @Inject
    AuditTrail audit;

    @Inject
    PetitionNotices notices;

    @Inject
    HandOver handOver;

    /** The tally and the sweeper: the petition, locked for this transaction. */
    public Petition lock(long id) {
        return em.find(Petition.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The exact number of counted signatures now: a count over the unique key's index less what
     * removals took out (each removal's count moves in the transaction that marks its rows).
     */
    public int countSignatures(long petitionId) {
        return ((Number) em.createNativeQuery(COUNTED).setParameter(1, petitionId).getSingleResult()).intValue();
    }

    /** Counted signatures of petition ?1, for recounts in SQL too. */
    static final String COUNTED = "select (select count(*) from signature where petition_id = ?1)"
            + " - coalesce((select sum(removed) from signature_removal where petition_id = ?1), 0)";

    /**
     * Settles the count; a collecting petition at its threshold goes to consideration, which starts
     * on the day the threshold-th signature was given and is due that day + the consideration period.
     */
    public void settle(Petition petition, Instant now) {
        petition.counted(countSignatures(petition.id()));
        if (petition.status() != PetitionStatus.COLLECTING || !petition.hasReachedThreshold() || removing(petition)) {
            return; // a petition whose signatures are being removed reaches its threshold only once that ends
        }
        List<Instant> at = em.createQuery("select s.signedAt from Signature s where s.petitionId = :petition"
                + " and s.removalId is null order by s.id",
                Instant.class).setParameter("petition", petition.id()).setFirstResult(petition.rules().threshold() - 1)
                .setMaxResults(1).getResultList();
        Instant reachedAt = at.isEmpty() ? now : at.get(0);
        Community community = em.find(Community.class, petition.communityId());
        WorkingDayCalendar calendar = calendars.of(community, calendar(community, reachedAt));
        Instant due = calendar.dueAfterWorkingDays(reachedAt, petition.rules().considerationDays());
        petition.thresholdReached(reachedAt, due, now);
        em.persist(new PetitionEvent(petition, reachedAt, null));
        deadlines.schedule(CONSIDERATION_DUE, petition.id(), petition.communityId(), due);
        audit.record(petition.communityId(), "petition.threshold", Petitions.OBJECT, petition.id(),
                petition.signatureCount() + " of " + petition.rules().threshold() + " signatures; response due " + due);
        notices.toAuthor(petition, "threshold.author");
        notices.toOfficials(petition, "threshold.author", Set.of(Role.SECRETARIAT_OFFICER));
    }

    private boolean removing(Petition petition) {
        return ((Number) em.createNativeQuery("select count(*) from signature_removal where petition_id = ?1 and status = 'RUNNING'")
                .setParameter(1, petition.id()).getSingleResult()).longValue() > 0;
    }

    /** The collection-end deadline: settles the final count, then consideration or forwarding as an appeal. */
    public void endCollection(Petition petition, Instant now) {
        if (petition.status() != PetitionStatus.COLLECTING) {
            petition.counted(countSignatures(petition.id()));
            return; // reached its threshold earlier (and maybe collected on); nothing else ends here
        }
        settle(petition, now);
        if (petition.status() != PetitionStatus.COLLECTING) {
            return;
        }
        petition.notSupported(now);
        em.persist(new PetitionEvent(petition, now, null));
        audit.record(petition.communityId(), "petition.not-supported", Petitions.OBJECT, petition.id(),
                petition.signatureCount() + " of " + petition.rules().threshold() + " signatures");
        String link = notices.link(petition);
        String status = handOver.forward(petition.communityId(), petition.authorId(), petition.title(), petition.text(), link)
                .orElse(null);
        petition.forwarded(status, now);
        em.persist(new PetitionEvent(petition, now, null));
        notices.toAuthor(petition, "not-supported.author");
    }

    static LocalDate calendar(Community community, Instant at) {
        return at.atZone(community.zone()).toLocalDate();
    }
}
