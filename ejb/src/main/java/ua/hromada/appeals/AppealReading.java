package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.DirectSql;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.AddressedToPerson;
import ua.hromada.core.tool.Waiting;

/** Reading appeals: one's own (page and cabinet), the secretariat's queue, the departments, the refusal grounds, the counts. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AppealReading {
    /**
     * The officials' queue: the community's appeals (the tenant filter), narrowed per call by the
     * official's reach and the filters they chose, each one condition an index serves.
     */
    private static final ConsoleTable<Appeal> QUEUE = ConsoleTable.of(Appeal.class, "a", "")
            .search("a.number", "a.subject", "a.applicantName").sort("due", "a.dueAt").sort("filed", "a.filedAt")
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
    RoleGrants grants;

    @Inject
    Clock clock;

    /** A line of the person's cabinet. */
    public record Mine(long id, String communitySlug, String number, AppealKind kind, String subject, AppealStatus status, Instant filedAt,
            Instant dueAt) {
    }

    /**
     * An appeal with its department's name (null: the body as a whole), its history, its
     * attachments in their order, the names of the deputy it is addressed to, of its executor and of
     * the official who last drafted its answer (or null), the earlier appeal it refers to (or null)
     * and those that refer to it.
     */
    public record Record(Appeal appeal, String department, List<AppealEvent> history, List<StoredDocument> attachments, String deputy,
            String executor, String drafter, Appeal previous, List<Appeal> referring) {
    }

    /** A page of the public register of information requests, and whether another follows. */
    public record RegisterPage(List<Appeal> requests, boolean more) {
    }

    /** Requests a page of the public register lists. */
    public static final int REGISTER_PAGE = 50;

    /** One of the community's deputies, to whom a person may address an appeal. */
    public record Deputy(long personId, String name) {
    }

    /**
     * What the console's queue shows: of one status (null: any), kind, department; only those past
     * their due date; only one executor's. {@link #waiting()} is the default: waiting for the answer.
     */
    public record QueueFilter(AppealStatus status, AppealKind kind, Long departmentId, boolean overdueOnly, Long executorId)
            implements Serializable {
        public static QueueFilter waiting() {
            return new QueueFilter(AppealStatus.REGISTERED, null, null, false, null);
        }

        public static QueueFilter all() {
            return new QueueFilter(null, null, null, false, null);
        }
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

    /** Anyone: the community's deputies, by name, to whom one may address an appeal. */
    public List<Deputy> deputies() {
        Community community = community();
        return PersonNames.of(em, grants.holderIds(community.id(), Set.of(Role.DEPUTY))).entrySet().stream()
                .map(e -> new Deputy(e.getKey(), e.getValue())).sorted(Comparator.comparing(Deputy::name)).toList();
    }

    /**
     * Anyone: how many appeals of each department (by id; 0 for the body as a whole) wait past
     * their due date now, for the public directory (only departments with any).
     */
    public Map<Long, Long> overdueByDepartment() {
        Community community = community();
        Map<Long, Long> counts = new HashMap<>();
        for (Object r : em.createNativeQuery("select coalesce(department_id, 0), count(*) from appeal where community_id = ?1"
                + " and status = 'REGISTERED' and due_at < ?2 group by department_id").setParameter(1, community.id())
                .setParameter(2, clock.instant()).getResultList()) {
            Object[] row = (Object[]) r;
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Anyone, where the community keeps a public register (404 otherwise): its information
     * requests whose applicants allowed publishing, newest first, {@value #REGISTER_PAGE} a page
     * from page 0; the page shows no applicant.
     */
    public RegisterPage register(int page) {
        Community community = community();
        if (!keepsRegister(community)) {
            throw new NotFoundException("appeals.register.off");
        }
        List<Appeal> rows = em.createQuery("select a from Appeal a where a.kind = :request and a.publishable = true"
                + " order by a.filedAt desc, a.id desc", Appeal.class).setParameter("request", AppealKind.INFORMATION_REQUEST)
                .setFirstResult(Math.max(0, page) * REGISTER_PAGE).setMaxResults(REGISTER_PAGE + 1).getResultList();
        return new RegisterPage(rows.size() > REGISTER_PAGE ? rows.subList(0, REGISTER_PAGE) : rows, rows.size() > REGISTER_PAGE);
    }

    /** Anyone: whether the current community keeps the public register of information requests. */
    public boolean keepsRegister() {
        return keepsRegister(community());
    }

    private static boolean keepsRegister(Community community) {
        return AppealSettings.PUBLIC_REGISTER.flagIn(community.settings());
    }

    /** Anyone: how many appeals the current community has answered (the home page's card). */
    public long answeredCount() {
        community();
        return em.createQuery("select count(a) from Appeal a where a.status = :answered", Long.class)
                .setParameter("answered", AppealStatus.ANSWERED).getSingleResult();
    }

    /** Anyone: the officials' public reports of the community's departments, by department id, newest year first. */
    public Map<Long, List<DepartmentReport>> reports() {
        community();
        Map<Long, List<DepartmentReport>> reports = new HashMap<>();
        for (DepartmentReport report : em.createNamedQuery(DepartmentReport.ALL, DepartmentReport.class).getResultList()) {
            reports.computeIfAbsent(report.departmentId(), d -> new ArrayList<>()).add(report);
        }
        return reports;
    }

    /** Anyone: the names of each department's heads (by department id), as the public directory shows them. */
    public Map<Long, List<String>> heads() {
        community();
        List<StaffMember> heads = em.createQuery("select s from StaffMember s where s.head = true order by s.addedAt, s.personId",
                StaffMember.class).getResultList();
        Map<Long, String> names = PersonNames.of(em, heads.stream().map(StaffMember::personId).toList());
        Map<Long, List<String>> byDepartment = new HashMap<>();
        for (StaffMember head : heads) {
            byDepartment.computeIfAbsent(head.departmentId(), d -> new ArrayList<>()).add(names.get(head.personId()));
        }
        return byDepartment;
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

    /** The applicant: their appeal with its history (404 for another community's or another person's; the anonymous are asked to sign in). */
    public Record own(long id) {
        Appeal appeal = find(id);
        if (Acting.current().isSignedIn() && !appeal.applicantId().equals(Acting.current().personId())) {
            // as in the API and the officials' reach: another person's appeal is not shown to exist
            throw new NotFoundException("appeals.not-found", id);
        }
        permissions.requireOwn(appeal);
        return record(appeal);
    }

    /**
     * Anyone: an appeal handed over from a public matter (a failed petition), whose progress is
     * public as the matter was: number, subject, status and dates; any other appeal is a 404.
     */
    public Appeal publicStatus(long id) {
        Appeal appeal = find(id);
        if (appeal.publicSource() == null) {
            throw new NotFoundException("appeals.not-found", id);
        }
        return appeal;
    }

    /** The applicant: their appeal alone (404 for another community's, 403 for another person's), e.g. the one a complaint refers to. */
    public Appeal ownAppeal(long id) {
        Appeal appeal = find(id);
        permissions.requireOwn(appeal);
        return appeal;
    }

    /** The secretariat: the community's grounds for refusing a request, those in force first, then the retired. */
    public List<RefusalGround> grounds() {
        Community community = community();
        permissions.require(AppealAction.GROUNDS, community.id());
        return em.createNamedQuery(RefusalGround.ALL, RefusalGround.class).getResultList();
    }

    /** Officials working appeals: the grounds a refusal may cite now, for the console's choice. */
    public List<RefusalGround> activeGrounds() {
        Community community = community();
        permissions.require(AppealAction.WORK, community.id());
        return em.createNamedQuery(RefusalGround.ACTIVE, RefusalGround.class).getResultList();
    }

    /** The refusing bean: a ground of the current community a refusal may cite; none, retired or another community's is refused. */
    public RefusalGround citable(Long id) {
        RefusalGround ground = id == null ? null : em.find(RefusalGround.class, id);
        if (ground == null || !ground.communityId().equals(community().id()) || !ground.isActive()) {
            throw new InvalidInputException("appeals.refuse.ground");
        }
        return ground;
    }

    /** Officials: an appeal within their reach with its history (404 outside it). */
    public Record handled(long id) {
        Community community = community();
        permissions.require(AppealAction.WORK, community.id());
        Appeal appeal = find(id);
        permissions.requireReach(appeal);
        return record(appeal);
    }

    /** Officials: the appeals within their reach that pass the filter (due first by default). */
    public TableRows<Appeal> queue(TableQuery query, QueueFilter filter) {
        Community community = community();
        AppealReach reach = permissions.reach(community.id());
        ConsoleTable.Narrowing narrowing = new ConsoleTable.Narrowing().andIfGiven("a.status = :status", "status", filter.status())
                .andIfGiven("a.kind = :kind", "kind", filter.kind())
                .andIfGiven("a.departmentId = :department", "department", filter.departmentId())
                .andIfGiven("a.executorId = :executor", "executor", filter.executorId());
        if (filter.overdueOnly()) {
            narrowing.and("a.status = :registered and a.dueAt < :overdueAt", "overdueAt", clock.instant())
                    .with("registered", AppealStatus.REGISTERED);
        }
        return QUEUE.fetch(em, query, withinReach(narrowing, community, reach));
    }

    /** Narrowed to the official's reach, as one condition an index serves for each kind of official. */
    private static ConsoleTable.Narrowing withinReach(ConsoleTable.Narrowing narrowing, Community community, AppealReach reach) {
        if (reach.everything()) {
            return narrowing;
        }
        if (reach.departments().isEmpty()) { // nobody else's: no appeal names a person of no reach as its deputy
            return narrowing.and("a.deputyId = :me", "me", reach.personId());
        }
        if (!Acting.current().rolesIn(community.id()).contains(Role.DEPUTY)) {
            return narrowing.and("a.departmentId in :departments", "departments", reach.departments());
        }
        // a deputy who also works in a department: rare, so one OR
        return narrowing.and("a.deputyId = :me or a.departmentId in :departments", "me", reach.personId())
                .with("departments", reach.departments());
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

    // across communities by the deputy's own column (its foreign-key index): the cabinet is the person's, not one community's
    private static final String ADDRESSED = "select c.slug, count(*), min(a.due_at) from appeal a join community c on c.id = a.community_id"
            + " where a.deputy_id = ?1 and a.status = 'REGISTERED' group by c.slug order by min(a.due_at), c.slug limit 50";

    /**
     * Core's manifest, for the cabinet of the person's office (the caller passes the current
     * person): the appeals addressed to them waiting for their answer, per community, with the
     * nearest due date; they answer them in the console, whose reach is theirs alone.
     */
    public List<AddressedToPerson> addressedTo(long personId) {
        List<AddressedToPerson> lines = new ArrayList<>();
        for (Object r : em.createNativeQuery(ADDRESSED).setParameter(1, personId).getResultList()) {
            Object[] row = (Object[]) r;
            lines.add(new AddressedToPerson((String) row[0], "appeals.addressed", ((Number) row[1]).longValue(), DirectSql.instant(row[2]),
                    "/admin" + AppealsTool.CONSOLE_PATH));
        }
        return lines;
    }

    /** The console home: the appeals within the official's reach waiting, due today and overdue. */
    public List<Waiting> waiting() {
        Community community = community();
        if (!permissions.allows(AppealAction.WORK, community.id())) {
            return List.of();
        }
        AppealReach reach = permissions.reach(community.id());
        Instant now = clock.instant();
        Instant endOfToday = now.atZone(community.zone()).toLocalDate().plusDays(1).atStartOfDay(community.zone()).toInstant();
        ConsoleTable.Narrowing mine = withinReach(new ConsoleTable.Narrowing(), community, reach);
        Object[] row = mine.bind(em.createQuery("select count(a), coalesce(sum(case when a.dueAt >= :now and a.dueAt < :endOfToday"
                + " then 1 else 0 end), 0), coalesce(sum(case when a.dueAt < :now then 1 else 0 end), 0) from Appeal a"
                + " where a.status = :waiting" + mine.andConditions(), Object[].class))
                .setParameter("now", now).setParameter("endOfToday", endOfToday).setParameter("waiting", AppealStatus.REGISTERED)
                .getSingleResult();
        return List.of(new Waiting("appeals.console.queue", ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), AppealsTool.CONSOLE_PATH));
    }

    /** Anyone: appeals filed and answered, in one community or (null) on the whole platform (native: the tenant filter would narrow it). */
    public List<Statistic> statistics(Long communityId) {
        var query = em.createNativeQuery("select count(*), coalesce(sum(status = 'ANSWERED'), 0),"
                + " coalesce(sum(status = 'REGISTERED' and due_at < ?1), 0), coalesce(sum(answer_rating = 'SATISFIED'), 0),"
                + " coalesce(sum(answer_rating = 'PARTLY_SATISFIED'), 0), coalesce(sum(answer_rating = 'NOT_SATISFIED'), 0) from appeal"
                + (communityId == null ? "" : " where community_id = ?2")).setParameter(1, clock.instant());
        if (communityId != null) {
            query.setParameter(2, communityId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(new Statistic("filed", "appeals.statistic.filed", ((Number) row[0]).longValue()),
                new Statistic("answered", "appeals.statistic.answered", ((Number) row[1]).longValue()),
                new Statistic("overdue", "appeals.statistic.overdue", ((Number) row[2]).longValue()),
                // how applicants rated what they got: the answers' quality as residents see it
                new Statistic("rated-satisfied", "appeals.statistic.rated-satisfied", ((Number) row[3]).longValue()),
                new Statistic("rated-partly", "appeals.statistic.rated-partly", ((Number) row[4]).longValue()),
                new Statistic("rated-not-satisfied", "appeals.statistic.rated-not-satisfied", ((Number) row[5]).longValue()));
    }

    /**
     * Core's document download (through the manifest): whether the document is an attachment or
     * the answer's signed letter of an appeal of the current community and the visitor is its
     * applicant or an official whose reach covers it, or a department's public report.
     */
    public boolean shows(long documentId) {
        long community = CurrentCommunity.id(); // not community(): asked of every tool, on or off, it never refuses
        List<?> appeals = em.createNativeQuery("select x.appeal_id from appeal_attachment x where x.document_id = ?1 and x.community_id = ?2"
                + " union all select a.id from appeal a where a.answer_document_id = ?1 and a.community_id = ?2")
                .setParameter(1, documentId).setParameter(2, community).getResultList();
        if (appeals.isEmpty()) {
            // a department's public report is anyone's
            return !em.createNativeQuery("select 1 from appeal_department_report where document_id = ?1 and community_id = ?2")
                    .setParameter(1, documentId).setParameter(2, community).getResultList().isEmpty();
        }
        Appeal appeal = em.find(Appeal.class, ((Number) appeals.get(0)).longValue());
        Long visitor = Acting.current().personId();
        return visitor != null && visitor.equals(appeal.applicantId()) || permissions.reaches(appeal);
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
        Map<Long, String> officials = PersonNames.of(em, Stream.of(appeal.deputyId(), appeal.executorId(), appeal.draftedById())
                .filter(Objects::nonNull).distinct().toList());
        List<AppealEvent> history = em.createNamedQuery(AppealEvent.OF_APPEAL, AppealEvent.class).setParameter("appeal", appeal.id())
                .getResultList();
        @SuppressWarnings("unchecked")
        List<StoredDocument> attachments = em.createNativeQuery("select d.* from stored_document d join appeal_attachment x"
                + " on x.document_id = d.id where x.appeal_id = ?1 order by x.position", StoredDocument.class)
                .setParameter(1, appeal.id()).getResultList();
        Appeal previous = appeal.previousAppealId() == null ? null : em.find(Appeal.class, appeal.previousAppealId());
        List<Appeal> referring = em.createNamedQuery(Appeal.REFERRING_TO, Appeal.class).setParameter("previous", appeal.id())
                .getResultList();
        return new Record(appeal, department, history, attachments, officials.get(appeal.deputyId()), officials.get(appeal.executorId()),
                officials.get(appeal.draftedById()), previous, referring);
    }
}
