package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.DirectSql;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.Waiting;

/** Reading appeals: one's own (page and cabinet), the secretariat's queue, the departments, the counts. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AppealReading {
    private static final ConsoleTable<Appeal> WAITING = ConsoleTable.of(Appeal.class, "a", "a.status = :registered")
            .parameter("registered", AppealStatus.REGISTERED).search("a.number", "a.subject", "a.applicantName")
            .sort("due", "a.dueAt").sort("filed", "a.filedAt").sort("number", "a.number").build();
    private static final ConsoleTable<Appeal> ALL = ConsoleTable.of(Appeal.class, "a", "1 = 1")
            .search("a.number", "a.subject", "a.applicantName").sort("filed", "a.filedAt").sort("due", "a.dueAt")
            .sort("number", "a.number").build();
    // across communities: the cabinet is the person's, not a community's (the tenant filter would narrow it to one)
    private static final String MINE = "select a.id, c.slug, a.number, a.kind, a.subject, a.status, a.filed_at, a.due_at from appeal a"
            + " join community c on c.id = a.community_id where a.applicant_id = ?1 order by a.filed_at desc, a.id desc limit 200";

    @PersistenceContext
    EntityManager em;

    @Inject
    CommunityCache cache;

    @Inject
    AppealPermissions permissions;

    @Inject
    Clock clock;

    /** A line of the person's cabinet. */
    public record Mine(long id, String communitySlug, String number, AppealKind kind, String subject, AppealStatus status, Instant filedAt,
            Instant dueAt) {
    }

    /** An appeal with its department's name (null: the body as a whole), its history and its attachments in their order. */
    public record Record(Appeal appeal, String department, List<AppealEvent> history, List<StoredDocument> attachments) {
    }

    /** The current community, while it has the tool on (404 otherwise). */
    public Community community() {
        return cache.currentWithTool(AppealsTool.KEY, "appeals.disabled");
    }

    /** Anyone: the community's departments, by name (the public directory). */
    public List<Department> departments() {
        community();
        return em.createNamedQuery(Department.ALL, Department.class).getResultList();
    }

    /** Anyone: how many appeals the current community has answered (the home page's card). */
    public long answeredCount() {
        community();
        return em.createQuery("select count(a) from Appeal a where a.status = :answered", Long.class)
                .setParameter("answered", AppealStatus.ANSWERED).getSingleResult();
    }

    /** Anyone: one department of the current community. */
    public Department department(long id) {
        Community community = community();
        Department department = em.find(Department.class, id);
        if (department == null || !department.communityId().equals(community.id())) {
            throw new NotFoundException("appeals.department.not-found", id);
        }
        return department;
    }

    /** The applicant: their appeal with its history (404 for another community's, 403 for another person's). */
    public Record own(long id) {
        Appeal appeal = find(id);
        permissions.requireOwn(appeal);
        return record(appeal);
    }

    /** The secretariat: any appeal of the community with its history. */
    public Record handled(long id) {
        Community community = community();
        permissions.require(AppealAction.HANDLE, community.id());
        return record(find(id));
    }

    /** The secretariat: appeals waiting for their answer (due first by default), or all of them. */
    public TableRows<Appeal> queue(TableQuery query, boolean waitingOnly) {
        Community community = community();
        permissions.require(AppealAction.HANDLE, community.id());
        return (waitingOnly ? WAITING : ALL).fetch(em, query);
    }

    /** The signed-in person's appeals in every community, newest first (the latest 200). */
    public List<Mine> mine() {
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        List<Mine> mine = new ArrayList<>();
        for (Object r : em.createNativeQuery(MINE).setParameter(1, person).getResultList()) {
            Object[] row = (Object[]) r;
            mine.add(new Mine(((Number) row[0]).longValue(), (String) row[1], (String) row[2], AppealKind.valueOf((String) row[3]),
                    (String) row[4], AppealStatus.valueOf((String) row[5]), DirectSql.instant(row[6]), DirectSql.instant(row[7])));
        }
        return mine;
    }

    /** The console home: the appeals waiting, due today and overdue, for the secretariat. */
    public List<Waiting> waiting() {
        Community community = community();
        if (!permissions.allows(AppealAction.HANDLE, community.id())) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant endOfToday = now.atZone(community.zone()).toLocalDate().plusDays(1).atStartOfDay(community.zone()).toInstant();
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(due_at >= ?2 and due_at < ?3), 0),"
                + " coalesce(sum(due_at < ?2), 0) from appeal where community_id = ?1 and status = 'REGISTERED'")
                .setParameter(1, community.id()).setParameter(2, now).setParameter(3, endOfToday).getSingleResult();
        return List.of(new Waiting("appeals.console.queue", ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), AppealsTool.CONSOLE_PATH));
    }

    /** Anyone: appeals filed and answered, in one community or (null) on the whole platform (native: the tenant filter would narrow it). */
    public List<Statistic> statistics(Long communityId) {
        var query = em.createNativeQuery("select count(*), coalesce(sum(status = 'ANSWERED'), 0) from appeal"
                + (communityId == null ? "" : " where community_id = ?1"));
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(new Statistic("filed", "appeals.statistic.filed", ((Number) row[0]).longValue()),
                new Statistic("answered", "appeals.statistic.answered", ((Number) row[1]).longValue()));
    }

    /**
     * Core's document download (through the manifest): whether the document is an attachment of an
     * appeal of the current community and the visitor is its applicant or the community's secretariat.
     */
    public boolean shows(long documentId) {
        long community = CurrentCommunity.id(); // not community(): asked of every tool, on or off, it never refuses
        List<?> applicants = em.createNativeQuery("select a.applicant_id from appeal_attachment x join appeal a on a.id = x.appeal_id"
                + " where x.document_id = ?1 and x.community_id = ?2").setParameter(1, documentId).setParameter(2, community)
                .getResultList();
        if (applicants.isEmpty()) {
            return false;
        }
        Long visitor = Acting.current().personId();
        return visitor != null && visitor == ((Number) applicants.get(0)).longValue()
                || permissions.allows(AppealAction.HANDLE, community);
    }

    private Appeal find(long id) {
        Community community = community();
        Appeal appeal = em.find(Appeal.class, id);
        if (appeal == null || !appeal.communityId().equals(community.id())) {
            throw new NotFoundException("appeals.not-found", id);
        }
        return appeal;
    }

    private Record record(Appeal appeal) {
        String department = appeal.departmentId() == null ? null : em.find(Department.class, appeal.departmentId()).name();
        List<AppealEvent> history = em.createNamedQuery(AppealEvent.OF_APPEAL, AppealEvent.class).setParameter("appeal", appeal.id())
                .getResultList();
        @SuppressWarnings("unchecked")
        List<StoredDocument> attachments = em.createNativeQuery("select d.* from stored_document d join appeal_attachment x"
                + " on x.document_id = d.id where x.appeal_id = ?1 order by x.position", StoredDocument.class)
                .setParameter(1, appeal.id()).getResultList();
        return new Record(appeal, department, history, attachments);
    }
}
