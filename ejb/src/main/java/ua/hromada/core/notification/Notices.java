package ua.hromada.core.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import ua.hromada.core.access.Acting;
import ua.hromada.core.identity.Person;

/**
 * Tells people things: a notice in their cabinet and, when they gave an address, an e-mail through
 * the outbox, both in the caller's transaction. Optional notices respect the person's choice.
 */
@Stateless
public class Notices {
    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Any bean, in the transaction of the change it reports. {@code essential}: about the person's
     * own matter (the decision on what they filed), sent even to those who switched notices off.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void tell(long personId, Long communityId, String subject, String body, String link, boolean essential) {
        Person person = em.find(Person.class, personId);
        if (person == null || (!essential && !person.wantsOptionalNotices())) {
            return;
        }
        em.persist(new Notice(personId, communityId, subject, link, clock.instant()));
        if (person.email() != null) {
            outbox.email(communityId, person.email(), subject, link == null ? body : body + "\n\n" + link);
        }
    }

    /** The person themself (their cabinet): their latest notices, which become read. */
    public List<Notice> mine(int limit) {
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        List<Notice> notices = em.createNamedQuery(Notice.OF_PERSON, Notice.class).setParameter("person", person)
                .setMaxResults(limit).getResultList();
        notices.forEach(n -> n.read(clock.instant()));
        return notices;
    }

    /** The person themself: whether they want the optional notices (essential ones always come). */
    public void wantOptional(boolean wanted) {
        Long person = Acting.current().personId();
        if (person != null) {
            em.find(Person.class, person).wantsOptionalNotices(wanted);
        }
    }
}
