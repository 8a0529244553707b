package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.LikePattern;
import ua.hromada.core.UnauthenticatedException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/** Turns a verified sign-in into a person, and a person into an actor with their current roles. */
@Stateless
public class People {
    private static final String HOLD_OPEN = "select full_name from person where id = ?1 and deleted_at is null"
            + " and merged_into is null lock in share mode";
    /** "provider:subject" of the person who becomes the first platform administrator. */
    public static final String BOOTSTRAP_ADMIN_PROPERTY = "hromada.bootstrap-admin";
    private static final Logger LOG = Logger.getLogger(People.class.getName());
    static final int NAME_QUERY_MIN = 3;
    static final int NAMED_LISTED = 20;
    /**
     * A person's active grants (RoleGrant.ACTIVE_OF_PERSON) and the communities they live in:
     * RESIDENT where the provider verified it, DECLARED_RESIDENT where they only said so.
     */
    private static final String ROLES_AND_RESIDENCIES = "select community_id, role from role_grant where person_id = ?1"
            + " and revoked_at is null and (until is null or until > ?2)"
            + " union all select community_id, case when verified then 'RESIDENT' else 'DECLARED_RESIDENT' end"
            + " from residency where person_id = ?1";

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Residencies residencies;

    @Inject
    Permissions permissions;

    @Inject
    Clock clock;

    /**
     * The sign-in callback, after the provider's token was verified: finds or registers the person
     * by the key of their national identifier (the identifier itself goes no further).
     */
    public Person signIn(String nationalIdentifier, String fullName, String provider, String subject) {
        return signIn(nationalIdentifier, fullName, provider, subject, null, null);
    }

    /**
     * The same, with the address claim's {@code locality} and {@code region} (either may be null):
     * they decide the person's verified residencies.
     */
    public Person signIn(String nationalIdentifier, String fullName, String provider, String subject,
            String locality, String region) {
        return signIn(new ProviderClaims(nationalIdentifier, fullName, provider, subject, locality, region, null));
    }

    /** The same with everything the token said; a date of birth it states replaces the one kept. */
    public Person signIn(ProviderClaims claims) {
        Person person = findOrRegister(claims.nationalIdentifier(), claims.fullName(), claims.birthDate());
        bootstrapFirstAdministrator(person, claims.provider() + ":" + claims.subject(), clock.instant());
        residencies.fromAddress(person.id(), claims.locality(), claims.region());
        return person;
    }

    /** Sign-in and the demo loader: the person with this identifier, registered if new. */
    public Person findOrRegister(String nationalIdentifier, String fullName) {
        return findOrRegister(nationalIdentifier, fullName, null);
    }

    /** The same, with the date of birth the provider (or the demo) states, when it states one. */
    public Person findOrRegister(String nationalIdentifier, String fullName, LocalDate birthDate) {
        Person person = findOrRegisterByKey(keys.keyOf(nationalIdentifier), fullName);
        if (birthDate != null) {
            person.bornOn(birthDate);
        }
        return person;
    }

    /**
     * Sign-in beans (after their own verification): the person with this key, registered if new. A
     * deleted account is found only where its public records kept its key, and opens again.
     */
    public Person findOrRegisterByKey(String key, String fullName) {
        Instant now = clock.instant();
        Person person = em.createNamedQuery(Person.BY_KEY, Person.class).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
        if (person == null) {
            person = new Person(key, fullName, now);
            em.persist(person);
            em.flush();
            return person;
        }
        if (person.mergedInto() != null) {
            // a phone linked to a national identity signs in as that person, whose name the provider gave
            person = em.find(Person.class, person.mergedInto());
            person.signedIn(now);
        } else {
            person.signedIn(fullName, now);
        }
        if (person.reopen()) {
            long id = person.id();
            Acting.as(Actor.system("sign-in"), () -> audit.record(null, "person.reopen", PersonMerge.OBJECT, id,
                    "person " + id + " signed in again after deleting their account, which their public records kept"));
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

    /**
     * Platform administrators and national moderators (granting roles): people who have signed in
     * whose full name contains {@code text}, by name. Only names: identifiers are never stored,
     * so a name (and the last sign-in, for namesakes) is all anyone can be picked by.
     */
    public List<Person> named(String text) {
        permissions.require(Action.ROLE_GRANT, null);
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.length() < NAME_QUERY_MIN || t.length() > Person.NAME_MAX) {
            throw new InvalidInputException("person.query.invalid", NAME_QUERY_MIN, Person.NAME_MAX);
        }
        return em.createNamedQuery(Person.NAMED, Person.class).setParameter("like", LikePattern.containing(t))
                .setMaxResults(NAMED_LISTED).getResultList();
    }

    /** Tests and the demo loader: the actor of a person signed in strongly. */
    public Actor actorOf(long personId) {
        return actorOf(personId, SignInStrength.STRONG);
    }

    /**
     * Request filters: the actor a signed-in person is right now (roles re-read every request).
     * Reads only (the person, then their grants and residencies in one statement, since every
     * signed-in request asks), so it joins a caller's transaction and starts none of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Actor actorOf(long personId, SignInStrength strength) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.isClosed()) {
            return Actor.ANONYMOUS; // a deleted account, or a phone session from before its merge
        }
        Set<Role> platform = EnumSet.noneOf(Role.class);
        Map<Long, Set<Role>> perCommunity = new HashMap<>();
        List<?> rows = em.createNativeQuery(ROLES_AND_RESIDENCIES).setParameter(1, personId)
                .setParameter(2, clock.instant()).getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            Long community = row[0] == null ? null : ((Number) row[0]).longValue();
            Role role = Role.valueOf((String) row[1]);
            if (community == null) {
                platform.add(role);
            } else {
                perCommunity.computeIfAbsent(community, c -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        return new Actor(Actor.personName(personId), platform, perCommunity, personId, strength);
    }

    /**
     * Tools, before they insert a person's record (a comment, a vote): the person's full name,
     * read with a shared lock on their row and only while the account is open, so an account
     * deletion or merge (which lock the row exclusively) and the insert always see each other.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String holdOpen(long personId) {
        List<?> names = em.createNativeQuery(HOLD_OPEN).setParameter(1, personId).getResultList();
        if (names.isEmpty()) {
            throw new UnauthenticatedException(null, "signin.required");
        }
        return (String) names.get(0);
    }

    /** The current actor's name as a public act is signed: a person's full name, or the system actor's name. */
    public String signature() {
        Long person = Acting.current().personId();
        return person == null ? Acting.current().name() : em.find(Person.class, person).fullName();
    }

    /** The person themself (their cabinet): their record, or nothing for anyone else. */
    public Optional<Person> own(long personId) {
        return isSelf(personId) ? Optional.ofNullable(em.find(Person.class, personId)) : Optional.empty();
    }

    /** The person themself: the roles they hold now, with the community of each (null: platform-wide). */
    public List<HeldRole> rolesOf(long personId) {
        if (!isSelf(personId)) {
            return List.of();
        }
        return em.createNamedQuery(RoleGrant.ACTIVE_OF_PERSON, RoleGrant.class).setParameter("person", personId)
                .setParameter("now", clock.instant()).getResultStream()
                .map(g -> new HeldRole(g.role(), g.communityId() == null ? null : em.find(Community.class, g.communityId()), g.until()))
                .toList();
    }

    /** The person themself: the latest administrative actions they took. */
    public List<AuditEntry> activityOf(long personId, int limit) {
        if (!isSelf(personId)) {
            return List.of();
        }
        return em.createNamedQuery(AuditEntry.BY_ACTOR, AuditEntry.class).setParameter("actor", Actor.personName(personId))
                .setMaxResults(limit).getResultList();
    }

    private static boolean isSelf(long personId) {
        return Long.valueOf(personId).equals(Acting.current().personId());
    }

    /** A role as its holder sees it in the cabinet. */
    public record HeldRole(Role role, Community community, Instant until) {
    }
}
