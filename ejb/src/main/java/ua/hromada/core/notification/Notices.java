package ua.hromada.core.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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

    /**
     * Any bean, in the transaction of the change it reports: tells everyone {@code recipients} selects
     * (a native {@code SELECT} of person ids over the calling tool's own tables, with positional
     * parameters {@code ?1…}) who keeps optional notices on: one INSERT … SELECT for the cabinet
     * notices and one for the e-mails, however many people there are. Optional by nature: a
     * matter of the recipients' own goes through {@link #tell} with {@code essential}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void tellAll(Long communityId, String subject, String body, String link, String recipients, Object... parameters) {
        int first = parameters.length + 1;
        String wanting = " from person p where p.id in (" + recipients + ") and p.optional_notices";
        bind(em.createNativeQuery("insert into notice (person_id, community_id, subject, link, created_at)"
                + " select p.id, ?" + first + ", ?" + (first + 1) + ", ?" + (first + 2) + ", ?" + (first + 3) + wanting), parameters)
                .setParameter(first, communityId).setParameter(first + 1, subject).setParameter(first + 2, link)
                .setParameter(first + 3, clock.instant()).executeUpdate();
        bind(em.createNativeQuery("insert into outbox (community_id, recipient, subject, body, created_at, next_attempt_at, attempts)"
                + " select ?" + first + ", p.email, ?" + (first + 1) + ", ?" + (first + 2) + ", ?" + (first + 3) + ", ?" + (first + 3) + ", 0"
                + wanting + " and p.email is not null"), parameters)
                .setParameter(first, communityId).setParameter(first + 1, subject)
                .setParameter(first + 2, link == null ? body : body + "\n\n" + link)
                .setParameter(first + 3, clock.instant()).executeUpdate();
    }

    private static Query bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
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
