package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;

/** Turns a verified sign-in into a person, and a person into an actor with their current roles. */
@Stateless
public class People {
    /** "provider:subject" of the person who becomes the first platform administrator. */
    public static final String BOOTSTRAP_ADMIN_PROPERTY = "hromada.bootstrap-admin";
    private static final Logger LOG = Logger.getLogger(People.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The sign-in callback, after the provider's token was verified: finds or registers the person
     * by the key of their national identifier (the identifier itself goes no further).
     */
    public Person signIn(String nationalIdentifier, String fullName, String provider, String subject) {
        Person person = findOrRegister(nationalIdentifier, fullName);
        bootstrapFirstAdministrator(person, provider + ":" + subject, clock.instant());
        return person;
    }

    /** Sign-in and the demo loader: the person with this identifier, registered if new. */
    public Person findOrRegister(String nationalIdentifier, String fullName) {
        String key = keys.keyOf(nationalIdentifier);
        Instant now = clock.instant();
        Person person = em.createNamedQuery(Person.BY_KEY, Person.class).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
        if (person == null) {
            person = new Person(key, fullName, now);
            em.persist(person);
            em.flush();
        } else {
            person.signedIn(fullName, now);
        }
        return person;
    }

    /**
     * A fresh installation has no administrator: the person the operator named by provider and
     * subject becomes one at their first sign-in, once, audited.
     */
    private void bootstrapFirstAdministrator(Person person, String providerSubject, Instant now) {
        String named = System.getProperty(BOOTSTRAP_ADMIN_PROPERTY, "");
        if (named.isBlank() || !named.equals(providerSubject)) {
            return;
        }
        long admins = em.createNamedQuery(RoleGrant.ACTIVE_PLATFORM_ROLE, Long.class)
                .setParameter("role", Role.PLATFORM_ADMIN).setParameter("now", now).getSingleResult();
        if (admins == 0) {
            Acting.as(Actor.system("bootstrap-admin"), () -> {
                RoleGrant grant = new RoleGrant(person.id(), null, Role.PLATFORM_ADMIN, null, Acting.current().name(), now);
                em.persist(grant);
                em.flush();
                audit.record(null, "role.grant", "role_grant", grant.id(), "first platform administrator: person " + person.id());
            });
            LOG.info(() -> "Person " + person.id() + " is the first platform administrator");
        }
    }

    /** Request filters: the actor a signed-in person is right now (roles re-read every request). */
    public Actor actorOf(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            return Actor.ANONYMOUS;
        }
        Set<Role> platform = EnumSet.noneOf(Role.class);
        Map<Long, Set<Role>> perCommunity = new HashMap<>();
        for (RoleGrant g : em.createNamedQuery(RoleGrant.ACTIVE_OF_PERSON, RoleGrant.class)
                .setParameter("person", personId).setParameter("now", clock.instant()).getResultList()) {
            if (g.communityId() == null) {
                platform.add(g.role());
            } else {
                perCommunity.computeIfAbsent(g.communityId(), c -> EnumSet.noneOf(Role.class)).add(g.role());
            }
        }
        return new Actor("person:" + personId, platform, perCommunity, personId);
    }

    /** Anyone signed in: their own person record. */
    public Optional<Person> find(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }
}
