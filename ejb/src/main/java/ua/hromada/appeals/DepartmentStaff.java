package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;

/**
 * Departments' staff as the secretariat keeps them: people holding the department executor role
 * in the community, each in a department as an executor or its head; every change audited.
 */
@Stateless
public class DepartmentStaff {
    static final String OBJECT = "appeal-department-staff";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    RoleGrants grants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One of a department's staff as the console lists them. */
    public record Member(long personId, String name, boolean head) {
    }

    /** A person the secretariat may put in a department's staff. */
    public record Candidate(long personId, String name) {
    }

    /** The secretariat and the department's heads: its staff, its heads first. */
    public List<Member> members(long departmentId) {
        Community community = reading.community();
        reading.department(departmentId);
        if (!permissions.allows(AppealAction.DEPARTMENTS, community.id())
                && !permissions.reach(community.id()).headed().contains(departmentId)) {
            throw new ForbiddenException("access.forbidden");
        }
        List<StaffMember> rows = em.createNamedQuery(StaffMember.OF_DEPARTMENT, StaffMember.class)
                .setParameter("department", departmentId).getResultList();
        Map<Long, String> names = PersonNames.of(em, rows.stream().map(StaffMember::personId).toList());
        return rows.stream().map(s -> new Member(s.personId(), names.getOrDefault(s.personId(), "—"), s.head())).toList();
    }

    /** The secretariat: who holds the department executor role in the community now, by name. */
    public List<Candidate> candidates() {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        return PersonNames.of(em, grants.holderIds(community.id(), Set.of(Role.DEPARTMENT_EXECUTOR))).entrySet().stream()
                .map(e -> new Candidate(e.getKey(), e.getValue())).sorted(Comparator.comparing(Candidate::name)).toList();
    }

    /** The secretariat: puts a holder of the executor role in the department, as its head or not (again: changes only that). */
    public void put(long departmentId, long personId, boolean head) {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        Department department = reading.department(departmentId);
        if (!grants.holderIds(community.id(), Set.of(Role.DEPARTMENT_EXECUTOR)).contains(personId)) {
            throw new InvalidInputException("appeals.staff.not-executor");
        }
        StaffMember member = em.find(StaffMember.class, new StaffMember.Key(departmentId, personId));
        if (member == null) {
            em.persist(new StaffMember(departmentId, personId, head, clock.instant()));
        } else if (member.head() == head) {
            return;
        } else {
            member.setHead(head);
        }
        department.touch(clock.instant());
        audit.record(community.id(), "appeals.staff.put", OBJECT, departmentId + "/" + personId,
                "person " + personId + (head ? " heads \"" : " works in \"") + department.name() + "\"");
    }

    /** The secretariat: takes a person out of the department's staff (what they were given stays with the department). */
    public void remove(long departmentId, long personId) {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        Department department = reading.department(departmentId);
        StaffMember member = em.find(StaffMember.class, new StaffMember.Key(departmentId, personId));
        if (member == null) {
            return;
        }
        em.remove(member);
        department.touch(clock.instant());
        em.createQuery("update Appeal a set a.executorId = null where a.departmentId = :department and a.executorId = :person")
                .setParameter("department", departmentId).setParameter("person", personId).executeUpdate();
        audit.record(community.id(), "appeals.staff.remove", OBJECT, departmentId + "/" + personId,
                "person " + personId + " out of \"" + department.name() + "\"");
    }

    /** Any bean: the departments (of the current community) a person is in the staff of. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StaffMember> of(long personId) {
        return em.createNamedQuery(StaffMember.OF_PERSON, StaffMember.class).setParameter("person", personId).getResultList();
    }

    /** Any bean: whether the person is in the department's staff. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isIn(long departmentId, long personId) {
        return em.find(StaffMember.class, new StaffMember.Key(departmentId, personId)) != null;
    }

    /** Any bean: the heads of a department (the sweeper tells them of overdue appeals). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> heads(long departmentId) {
        return em.createQuery("select s.personId from StaffMember s where s.departmentId = :department and s.head = true", Long.class)
                .setParameter("department", departmentId).getResultList();
    }
}
