package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/** The secretariat keeps the community's departments (names unique in the community), each step audited. */
@Stateless
public class Departments {
    static final String OBJECT = "appeal-department";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Department add(String name, String contacts) {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        Department department = new Department(name, contacts, clock.instant());
        requireFree(department.name(), null);
        em.persist(department);
        em.flush();
        audit.record(community.id(), "appeals.department.add", OBJECT, department.id(), "\"" + department.name() + "\"");
        return department;
    }

    public Department edit(long id, String name, String contacts) {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        Department department = reading.department(id);
        String before = department.name();
        department.edit(name, contacts);
        requireFree(department.name(), id);
        audit.record(community.id(), "appeals.department.edit", OBJECT, id, "\"" + before + "\" → \"" + department.name() + "\"");
        return department;
    }

    private void requireFree(String name, Long self) {
        boolean taken = em.createQuery("select count(d) from Department d where d.name = :name and (:self is null or d.id <> :self)",
                Long.class).setParameter("name", name).setParameter("self", self).getSingleResult() > 0;
        if (taken) {
            throw new InvalidInputException("appeals.department.name.taken", name);
        }
    }
}
