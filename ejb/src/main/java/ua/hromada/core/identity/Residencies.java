package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/**
 * Where people live. A strong sign-in's address claim decides verified residency (through each
 * community's {@code residency.localities}) and replaces any declaration; a person whose provider
 * never gave an address declares a single community, unverified, changing it at most once per the
 * period that community sets. A verified residency makes its person a RESIDENT of the community, a
 * declared one a DECLARED_RESIDENT ({@link People#actorOf}), which only the tools that accept it count.
 */
@Stateless
public class Residencies {
    static final String OBJECT = "residency";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The provider sign-in (People) only, after the token was verified: makes the person a
     * verified resident of the communities covering the address, and no longer of those it left.
     * Without a locality in the claim nothing changes (the provider said nothing about it).
     */
    public void fromAddress(long personId, String locality, String region) {
        if (locality == null || locality.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        Person person = em.find(Person.class, personId);
        if (person != null) {
            person.addressVerified(now);
        }
        Set<Long> covering = em.createNamedQuery(Community.WITH_SETTING, Community.class)
                .setParameter("name", Community.RESIDENCY_LOCALITIES).getResultStream()
                .filter(c -> c.covers(locality, region)).map(Community::id).collect(Collectors.toSet());
        Map<Long, Residency> held = of(personId).stream().collect(Collectors.toMap(Residency::communityId, Function.identity()));
        for (Residency r : held.values()) {
            if (r.source() == Residency.Source.PROVIDER && !covering.contains(r.communityId())) {
                em.remove(r); // moved away, says the provider
            } else if (r.source() == Residency.Source.DECLARED && !covering.contains(r.communityId())) {
                em.remove(r); // the provider's address replaces what the person had declared
            }
        }
        for (Long community : covering) {
            Residency existing = held.get(community);
            if (existing == null) {
                em.persist(new Residency(personId, community, Residency.Source.PROVIDER, now));
            } else {
                existing.verify(now);
            }
        }
    }

    /**
     * The signed-in person, unless a provider ever gave their address: declares living in one
     * community (unverified), replacing an earlier declaration no sooner than the community's
     * period after it. The person's row is locked first, so parallel declarations queue. Audited.
     */
    public Residency declare(long communityId) {
        Long personId = Acting.current().personId();
        if (personId == null) {
            throw new ForbiddenException("access.forbidden", "RESIDENCY_DECLARE", communityId);
        }
        Community community = em.find(Community.class, communityId);
        if (community == null) {
            throw new NotFoundException("community.not-found", communityId);
        }
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        List<Residency> held = of(personId);
        if (person.hasVerifiedAddress() || held.stream().anyMatch(Residency::verified)) {
            throw new ConflictException("residency.verified-already");
        }
        int days = community.declarationChangeDays();
        Instant now = clock.instant();
        held.stream().filter(r -> r.communityId() != communityId && r.since().plus(Duration.ofDays(days)).isAfter(now))
                .findFirst().ifPresent(recent -> {
                    throw new ConflictException("residency.declared-recently", days,
                            LocalDate.ofInstant(recent.since().plus(Duration.ofDays(days)), community.zone()).toString());
                });
        held.stream().filter(r -> r.communityId() != communityId).forEach(em::remove);
        Residency declared = held.stream().filter(r -> r.communityId() == communityId).findFirst().orElse(null);
        if (declared == null) {
            em.flush(); // the old declaration goes before the new row
            declared = new Residency(personId, communityId, Residency.Source.DECLARED, clock.instant());
            em.persist(declared);
            em.flush();
            audit.record(communityId, "residency.declare", OBJECT, declared.id(), "person " + personId + " declares living here");
        }
        return declared;
    }

    /** The person themself (their cabinet): where they are residents, each with its community. */
    public List<Held> mine() {
        Long personId = Acting.current().personId();
        if (personId == null) {
            return List.of();
        }
        return of(personId).stream().map(r -> new Held(em.find(Community.class, r.communityId()), r.verified())).toList();
    }

    /** Core beans (the actor, merging, deletion): the person's residencies. */
    List<Residency> of(long personId) {
        return em.createNamedQuery(Residency.OF_PERSON, Residency.class).setParameter("person", personId).getResultList();
    }

    /** A residency as its person sees it. */
    public record Held(Community community, boolean verified) {
    }
}
