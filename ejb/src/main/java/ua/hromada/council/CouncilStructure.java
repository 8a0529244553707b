package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;

/**
 * The secretariat keeps the council's structure: convocations, factions, standing committees
 * (names unique in the community) and the deputies' profiles; each change audited.
 */
@Stateless
public class CouncilStructure {
    static final String CONVOCATION = "council-convocation";
    static final String DEPUTY = "council-deputy";

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Clock clock;

    /** A holder of the DEPUTY role who has no profile yet. */
    public record Candidate(long personId, String name) {
    }

    /** The secretariat: a convocation (number unique in the community) and its period. */
    public Convocation addConvocation(int number, LocalDate startsOn, LocalDate endsOn) {
        Community community = secretariat();
        Convocation convocation = new Convocation(number, startsOn, endsOn, clock.instant());
        if (em.createQuery("select count(c) from Convocation c where c.number = :n", Long.class).setParameter("n", number)
                .getSingleResult() > 0) {
            throw new InvalidInputException("council.convocation.taken", number);
        }
        em.persist(convocation);
        em.flush();
        audit.record(community.id(), "council.convocation.add", CONVOCATION, convocation.id(), "convocation " + number + " from " + startsOn
                + (endsOn == null ? "" : " to " + endsOn));
        return convocation;
    }

    /** The secretariat: a new faction. */
    public Faction addFaction(String name) {
        return add(new Faction(name, clock.instant()), "faction");
    }

    /** The secretariat: a new standing committee. */
    public Committee addCommittee(String name) {
        return add(new Committee(name, clock.instant()), "committee");
    }

    /** The secretariat: renames a faction. */
    public Faction renameFaction(long id, String name) {
        return rename(Faction.class, id, name, "faction");
    }

    /** The secretariat: renames a committee. */
    public Committee renameCommittee(long id, String name) {
        return rename(Committee.class, id, name, "committee");
    }

    /** The secretariat: the holders of the DEPUTY role in the community without a profile, by name. */
    public List<Candidate> candidates() {
        Community community = secretariat();
        Set<Long> profiled = new HashSet<>(em.createQuery("select d.personId from DeputyProfile d", Long.class).getResultList());
        List<Long> holders = grants.holderIds(community.id(), Set.of(Role.DEPUTY)).stream().filter(p -> !profiled.contains(p)).toList();
        if (holders.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class).setParameter("ids", holders).getResultStream()
                .map(p -> new Candidate(p.id(), p.fullName())).sorted(Comparator.comparing(Candidate::name)).toList();
    }

    /** The secretariat: a public profile for a holder of the DEPUTY role, under the name their identity provider gave. */
    public DeputyProfile addDeputy(long personId) {
        Community community = secretariat();
        if (!grants.holderIds(community.id(), Set.of(Role.DEPUTY)).contains(personId)) {
            throw new InvalidInputException("council.deputy.not-deputy");
        }
        if (!em.createNamedQuery(DeputyProfile.OF_PERSON, DeputyProfile.class).setParameter("person", personId).getResultList().isEmpty()) {
            throw new InvalidInputException("council.deputy.exists");
        }
        DeputyProfile deputy = new DeputyProfile(personId, people.holdOpen(personId), clock.instant());
        em.persist(deputy);
        em.flush();
        audit.record(community.id(), "council.deputy.add", DEPUTY, deputy.id(), "profile of person " + personId);
        return deputy;
    }

    /** The secretariat: a deputy's faction (null: none), committees, district and public contacts. */
    public DeputyProfile describeDeputy(long id, Long factionId, Collection<Long> committeeIds, String district, String contacts) {
        Community community = secretariat();
        DeputyProfile deputy = reading.deputy(id);
        Faction faction = factionId == null ? null : em.find(Faction.class, factionId);
        if (factionId != null && (faction == null || !community.id().equals(faction.communityId()))) {
            throw new InvalidInputException("council.deputy.faction.invalid");
        }
        Set<Long> committees = new TreeSet<>(committeeIds == null ? List.of() : committeeIds);
        if (!committees.isEmpty() && em.createQuery("select count(c) from Committee c where c.id in :ids", Long.class)
                .setParameter("ids", committees).getSingleResult() != committees.size()) {
            throw new InvalidInputException("council.deputy.committee");
        }
        deputy.describe(factionId, committees, district, contacts);
        audit.record(community.id(), "council.deputy.describe", DEPUTY, id, "faction " + factionId + ", committees " + committees);
        return deputy;
    }

    private <G extends CouncilGroup> G add(G group, String kind) {
        Community community = secretariat();
        requireFree(group.getClass(), group.name(), null, kind);
        em.persist(group);
        em.flush();
        audit.record(community.id(), "council." + kind + ".add", "council-" + kind, group.id(), "\"" + group.name() + "\"");
        return group;
    }

    private <G extends CouncilGroup> G rename(Class<G> type, long id, String name, String kind) {
        Community community = secretariat();
        G group = em.find(type, id);
        if (group == null || !community.id().equals(group.communityId())) {
            throw new NotFoundException("council." + kind + ".not-found", id);
        }
        String before = group.name();
        group.rename(name);
        requireFree(type, group.name(), id, kind);
        audit.record(community.id(), "council." + kind + ".rename", "council-" + kind, id, "\"" + before + "\" → \"" + group.name() + "\"");
        return group;
    }

    private void requireFree(Class<?> type, String name, Long self, String kind) {
        boolean taken = em.createQuery("select count(g) from " + type.getSimpleName() + " g where g.name = :name and (:self is null or g.id <> :self)",
                Long.class).setParameter("name", name).setParameter("self", self)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0; // the rename is not flushed before it is checked
        if (taken) {
            throw new InvalidInputException("council." + kind + ".name.taken", name);
        }
    }

    private Community secretariat() {
        Community community = reading.community();
        permissions.require(CouncilAction.STRUCTURE, community.id());
        return community;
    }
}
