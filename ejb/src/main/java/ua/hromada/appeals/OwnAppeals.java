package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ua.hromada.core.Cursor;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.tenancy.Community;

/**
 * A person's own appeals in the current community as their programs reach them (a chat bot, a
 * terminal, with the person's API token): the list, one of them, filing one. Another person's
 * appeal is "not found", as if it did not exist: a program learns nothing of others' numbers.
 */
@Stateless
public class OwnAppeals {
    @PersistenceContext
    EntityManager em;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    Appeals appeals;

    /** An appeal of the person with its department's name (null: the body as a whole). */
    public record Own(Appeal appeal, String department) {
    }

    /** The person signed in, or their token of scope READ: their appeals here, newest first. */
    public Page<Own> page(String cursor, int limit) {
        long community = allowed();
        Long person = Acting.current().personId();
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor, 1)[0];
        int n = Page.bounded(limit);
        // id order is filing order
        List<Appeal> rows = em.createQuery("select a from Appeal a where a.communityId = :community and a.applicantId = :applicant"
                + " and a.id < :before order by a.id desc", Appeal.class).setParameter("community", community)
                .setParameter("applicant", person).setParameter("before", before).setMaxResults(n + 1).getResultList();
        Map<Long, String> names = departmentNames(rows.stream().map(Appeal::departmentId).filter(Objects::nonNull).distinct().toList());
        Page<Appeal> page = Page.of(rows, n, a -> Cursor.encode(a.id()));
        return new Page<>(page.items().stream().map(a -> new Own(a, names.get(a.departmentId()))).toList(), page.nextCursor());
    }

    /** The person signed in, or their token of scope READ: one of their appeals here (anyone else's: 404). */
    public Own one(long id) {
        long community = allowed();
        Appeal appeal = em.find(Appeal.class, id);
        if (appeal == null || appeal.communityId() != community || !appeal.applicantId().equals(Acting.current().personId())) {
            throw new NotFoundException("appeals.not-found", id);
        }
        return withDepartment(appeal);
    }

    /** Anyone signed in, or their token of scope SUBMIT: files as {@link Appeals#file(Appeals.Filing)} does, without attachments. */
    public Own file(Appeals.Filing filing) {
        return withDepartment(appeals.file(filing));
    }

    private Own withDepartment(Appeal appeal) {
        return new Own(appeal, appeal.departmentId() == null ? null : reading.department(appeal.departmentId()).name());
    }

    /** The current community, once the caller may read their own appeals there. */
    private long allowed() {
        Community community = reading.community();
        permissions.requireOwnAppeals(community.id(), Acting.current().personId());
        return community.id();
    }

    private Map<Long, String> departmentNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select d.id, d.name from Department d where d.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }
}
