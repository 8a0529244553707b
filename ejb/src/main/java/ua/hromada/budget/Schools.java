package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/**
 * The community's school participatory budget: its participating schools (kept by the
 * community's moderators, each step audited), which holders of the school moderator role moderate
 * which school, and each school's contests.
 */
@Stateless
public class Schools {
    static final String OBJECT = "budget-school";
    // the person must hold the school moderator role in the community now
    private static final String ASSIGN = "insert ignore into budget_school_moderator (school_id, person_id, community_id, assigned_at,"
            + " assigned_by) select ?1, g.person_id, g.community_id, ?3, ?4 from role_grant g where g.person_id = ?2"
            + " and g.community_id = ?5 and g.role = 'SCHOOL_MODERATOR' and g.revoked_at is null and (g.until is null or g.until > ?3)"
            + " limit 1";
    private static final String HOLDERS = "select distinct p.id, p.full_name from role_grant g join person p on p.id = g.person_id"
            + " where g.community_id = ?1 and g.role = 'SCHOOL_MODERATOR' and g.revoked_at is null and (g.until is null or g.until > ?2)"
            + " and p.deleted_at is null order by p.full_name, p.id";
    private static final String MODERATORS = "select m.school_id, p.id, p.full_name from budget_school_moderator m join person p"
            + " on p.id = m.person_id where m.community_id = ?1 order by p.full_name, p.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A person as the console names them: a school's moderator, or one who could be assigned. */
    public record Moderator(long personId, String name) {
    }

    /** A school with its moderators and its contests (the console's and the public page's line). */
    public record Entry(School school, List<Moderator> moderators, List<Contest> contests) {
    }

    /** Anyone: the community's participating schools with their published contests, by name. */
    public List<Entry> participating() {
        Community community = contests.community();
        return entries(community, false);
    }

    /**
     * The community's moderators: every school with its moderators and contests, drafts too; a
     * school moderator: the schools they moderate.
     */
    public List<Entry> console() {
        Community community = contests.community();
        if (permissions.allows(BudgetAction.SCHOOLS, community.id())) {
            return entries(community, true);
        }
        permissions.require(BudgetAction.SCHOOL, community.id());
        return entries(community, false).stream().filter(e -> permissions.moderates(e.school().id())).toList();
    }

    /** The console: whether the current actor sees any school there (the community's moderators always do). */
    public boolean hasConsole(long communityId) {
        if (permissions.allows(BudgetAction.SCHOOLS, communityId)) {
            return true;
        }
        Long person = Acting.current().personId();
        return person != null && permissions.allows(BudgetAction.SCHOOL, communityId) && ((Number) em.createNativeQuery(
                "select count(*) from budget_school_moderator where community_id = ?1 and person_id = ?2").setParameter(1, communityId)
                .setParameter(2, person).getSingleResult()).longValue() > 0;
    }

    /** The community's moderators: who holds the school moderator role here and may be assigned to a school. */
    public List<Moderator> candidates() {
        Community community = contests.community();
        permissions.require(BudgetAction.SCHOOLS, community.id());
        List<?> rows = em.createNativeQuery(HOLDERS).setParameter(1, community.id()).setParameter(2, clock.instant()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(row -> new Moderator(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** The community's moderators: a new participating school (its name unique in the community). */
    public School add(String name) {
        Community community = contests.community();
        permissions.require(BudgetAction.SCHOOLS, community.id());
        School school = new School(name, clock.instant());
        if (em.createQuery("select count(s) from School s where s.name = :name", Long.class).setParameter("name", school.name())
                .getSingleResult() > 0) {
            throw new InvalidInputException("budget.school.name.taken", school.name());
        }
        em.persist(school);
        em.flush();
        audit.record(community.id(), "budget.school.add", OBJECT, school.id(), "\"" + school.name() + "\"");
        return school;
    }

    /** The community's moderators: makes a holder of the school moderator role one of the school's moderators. */
    public void assign(long schoolId, long personId) {
        School school = find(schoolId);
        permissions.require(BudgetAction.SCHOOLS, school.communityId());
        Instant now = clock.instant();
        int added = em.createNativeQuery(ASSIGN).setParameter(1, schoolId).setParameter(2, personId).setParameter(3, now)
                .setParameter(4, Acting.current().name()).setParameter(5, school.communityId()).executeUpdate();
        if (added == 0 && !permissions.assigned(schoolId, personId)) {
            throw new InvalidInputException("budget.school.not-moderator");
        }
        if (added > 0) {
            audit.record(school.communityId(), "budget.school.assign", OBJECT, schoolId, "person " + personId);
        }
    }

    /** The community's moderators: the person no longer moderates the school. */
    public void unassign(long schoolId, long personId) {
        School school = find(schoolId);
        permissions.require(BudgetAction.SCHOOLS, school.communityId());
        if (em.createNativeQuery("delete from budget_school_moderator where school_id = ?1 and person_id = ?2").setParameter(1, schoolId)
                .setParameter(2, personId).executeUpdate() > 0) {
            audit.record(school.communityId(), "budget.school.unassign", OBJECT, schoolId, "person " + personId);
        }
    }

    /** Budget beans: the current community's school (404 for another's). */
    public School find(long schoolId) {
        Community community = contests.community();
        School school = em.find(School.class, schoolId);
        if (school == null || !school.communityId().equals(community.id())) {
            throw new NotFoundException("budget.school.not-found", schoolId);
        }
        return school;
    }

    private List<Entry> entries(Community community, boolean drafts) {
        Map<Long, List<Moderator>> moderators = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery(MODERATORS).setParameter(1, community.id()).getResultList()) {
            Object[] row = (Object[]) r;
            moderators.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new Moderator(((Number) row[1]).longValue(), (String) row[2]));
        }
        // the console sees drafts too
        List<Contest> all = em.createQuery("select c from Contest c where c.schoolId is not null order by c.id desc", Contest.class)
                .getResultStream().filter(c -> drafts || c.isPublic()).toList();
        return em.createNamedQuery(School.ALL, School.class).getResultStream().map(s -> new Entry(s, moderators.getOrDefault(s.id(), List.of()),
                all.stream().filter(c -> c.schoolId().equals(s.id())).toList())).toList();
    }
}
