package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.document.Upload;
import ua.hromada.core.tenancy.Community;

/**
 * The secretariat keeps the community's departments (names unique in the community) and their
 * officials' public reports by year, each step audited.
 */
@Stateless
public class Departments {
    static final String OBJECT = "appeal-department";
    static final String REPORT = "appeal-department-report";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Documents documents;

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
        department.edit(name, contacts, clock.instant());
        requireFree(department.name(), id);
        audit.record(community.id(), "appeals.department.edit", OBJECT, id, "\"" + before + "\" → \"" + department.name() + "\"");
        return department;
    }

    /** The secretariat: adds a department's public report of {@code year} (a PDF, checked by the store). */
    public DepartmentReport addReport(long departmentId, int year, String title, Upload pdf) {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        Department department = reading.department(departmentId);
        if (pdf == null) {
            throw new InvalidInputException("appeals.report.file");
        }
        Instant now = clock.instant();
        StoredDocument document = documents.store(pdf.fileName(), pdf.content(), EnumSet.of(DocumentKind.PDF));
        DepartmentReport report = new DepartmentReport(departmentId, year, now.atZone(community.zone()).getYear(), title, document.id(), now);
        em.persist(report);
        em.flush();
        department.touch(now);
        audit.record(community.id(), "appeals.report.add", REPORT, report.id(), "\"" + report.title() + "\" (" + year + ") of \""
                + department.name() + "\"");
        return report;
    }

    /** The secretariat: takes a report off the directory (its file stays in the store, as the audit names it). */
    public void removeReport(long reportId) {
        Community community = reading.community();
        permissions.require(AppealAction.DEPARTMENTS, community.id());
        DepartmentReport report = em.find(DepartmentReport.class, reportId);
        if (report == null || !report.communityId().equals(community.id())) {
            throw new NotFoundException("appeals.report.not-found", reportId);
        }
        em.remove(report);
        reading.department(report.departmentId()).touch(clock.instant());
        audit.record(community.id(), "appeals.report.remove", REPORT, reportId, "\"" + report.title() + "\" (" + report.year() + ")");
    }

    private void requireFree(String name, Long self) {
        boolean taken = em.createQuery("select count(d) from Department d where d.name = :name and (:self is null or d.id <> :self)",
                Long.class).setParameter("name", name).setParameter("self", self).getSingleResult() > 0;
        if (taken) {
            throw new InvalidInputException("appeals.department.name.taken", name);
        }
    }
}
