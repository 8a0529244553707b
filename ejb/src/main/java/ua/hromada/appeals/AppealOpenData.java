package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ua.hromada.core.Cursor;
import ua.hromada.core.DirectSql;
import ua.hromada.core.LocalMonths;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data: how many appeals each community registered per month (of filing, in its time zone),
 * by kind, status and the department they are with now, and how many of them were answered and
 * answered by their due date (as extended), so anyone can compute the on-time share. Aggregates
 * only: nothing of who filed, nothing of what they wrote.
 */
@Stateless
public class AppealOpenData {
    private static final String KINDS = quoted(AppealKind.values());
    private static final String STATUSES = quoted(AppealStatus.values());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One month's count of one kind and status in one department (null: the body as a whole) of a community. */
    public record Row(String communitySlug, YearMonth month, AppealKind kind, AppealStatus status, Long departmentId, String department,
            long filed, long answered, long answeredOnTime) {
    }

    /**
     * Anyone: the counts of the current community (the URL's), or of all communities when none is
     * set, by community, month, kind, status and department, paged in that order.
     */
    public Page<Row> page(String cursor, int limit) {
        long[] after = cursor == null || cursor.isBlank() ? new long[5] : Cursor.decode(cursor, 5);
        int n = Page.bounded(limit);
        long community = CurrentCommunity.id();
        Map<ZoneId, LocalMonths.Span> spans = spans(community);
        if (spans.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<Object> parameters = new ArrayList<>();
        String month = LocalMonths.of("a.filed_at", "m.time_zone", spans, parameters);
        parameters.addAll(List.of(community, after[0], after[0], after[1], after[2], after[3], after[4], n + 1));
        int p = parameters.size() - 8;
        // the groups are keyed by numbers (kinds and statuses by their place in the enum), so the cursor is too
        String sql = "select g.community_id, c.slug, g.month, g.kind, g.status, g.department_id, d.name, g.filed, g.answered, g.on_time"
                + " from (select a.community_id, " + month + " as month, field(a.kind, " + KINDS + ") as kind,"
                + " field(a.status, " + STATUSES + ") as status, coalesce(a.department_id, 0) as department_id, count(*) as filed,"
                + " coalesce(sum(a.answered_at is not null), 0) as answered, coalesce(sum(a.answered_at <= a.due_at), 0) as on_time"
                + " from appeal a join community m on m.id = a.community_id"
                + " where (?" + (p + 1) + " <= 0 or a.community_id = ?" + (p + 1) + ") and a.community_id >= ?" + (p + 2)
                + " group by 1, 2, 3, 4, 5) g join community c on c.id = g.community_id"
                + " left join appeal_department d on d.id = g.department_id"
                + " where (g.community_id, g.month, g.kind, g.status, g.department_id) > (?" + (p + 3) + ", ?" + (p + 4) + ", ?" + (p + 5)
                + ", ?" + (p + 6) + ", ?" + (p + 7) + ")"
                + " order by g.community_id, g.month, g.kind, g.status, g.department_id limit ?" + (p + 8);
        List<Keyed> keyed = rows(bind(em.createNativeQuery(sql), parameters)).stream().map(AppealOpenData::keyed).toList();
        Page<Keyed> page = Page.of(keyed, n, k -> Cursor.encode(Arrays.stream(k.key()).boxed().toArray()));
        return new Page<>(page.items().stream().map(Keyed::row).toList(), page.nextCursor());
    }

    /**
     * One entry of the public directory: a department of a community, its contacts (address,
     * phone, reception hours), its heads by name, and how many of its appeals are past their due
     * date now.
     */
    public record DirectoryEntry(String communitySlug, long departmentId, String name, String contacts, List<String> heads, long overdue) {
    }

    /** Anyone: the directory of the current community (the URL's), or of all communities when none is set, by department. */
    public Page<DirectoryEntry> directory(String cursor, int limit) {
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        int n = Page.bounded(limit);
        List<Object[]> departments = rows(bind(em.createNativeQuery("select d.id, c.slug, d.name, d.contacts from appeal_department d"
                + " join community c on c.id = d.community_id where (?1 <= 0 or d.community_id = ?1) and d.id > ?2 order by d.id limit ?3"),
                List.<Object>of(CurrentCommunity.id(), after, n + 1)));
        if (departments.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<Long> ids = departments.stream().map(r -> number(r[0])).toList();
        Map<Long, List<String>> heads = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select s.department_id, p.full_name from appeal_department_staff s"
                + " join person p on p.id = s.person_id where s.head and s.department_id in (?1) order by s.added_at, s.person_id")
                .setParameter(1, ids))) {
            heads.computeIfAbsent(number(r[0]), d -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Long> overdue = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select department_id, count(*) from appeal where department_id in (?1)"
                + " and status = 'REGISTERED' and due_at < ?2 group by department_id").setParameter(1, ids).setParameter(2, clock.instant()))) {
            overdue.put(number(r[0]), number(r[1]));
        }
        List<DirectoryEntry> entries = departments.stream().map(r -> new DirectoryEntry((String) r[1], number(r[0]), (String) r[2],
                (String) r[3], List.copyOf(heads.getOrDefault(number(r[0]), List.of())), overdue.getOrDefault(number(r[0]), 0L))).toList();
        return Page.of(entries, n, e -> Cursor.encode(e.departmentId()));
    }

    /** Anyone: when an entry of the directory of the current community (or of any, when none is set) last changed. */
    public Optional<Instant> directoryChange() {
        Object changed = bind(em.createNativeQuery("select max(updated_at) from appeal_department where ?1 <= 0 or community_id = ?1"),
                List.<Object>of(CurrentCommunity.id())).getSingleResult();
        return Optional.ofNullable(changed == null ? null : DirectSql.instant(changed));
    }

    /** Anyone: when an appeal of the current community (or of any, when none is set) last changed. */
    public Optional<Instant> lastChange() {
        long community = CurrentCommunity.id();
        Object changed = bind(em.createNativeQuery("select max(updated_at) from appeal where ?1 <= 0 or community_id = ?1"),
                List.<Object>of(community)).getSingleResult();
        return Optional.ofNullable(changed == null ? null : DirectSql.instant(changed));
    }

    /** The zones of the communities counted, each with the span of its filings. */
    private Map<ZoneId, LocalMonths.Span> spans(long community) {
        Query zones = bind(em.createNativeQuery("select m.time_zone, min(a.filed_at), max(a.filed_at) from appeal a"
                + " join community m on m.id = a.community_id where ?1 <= 0 or a.community_id = ?1 group by m.time_zone"), List.<Object>of(community));
        Map<ZoneId, LocalMonths.Span> spans = new LinkedHashMap<>();
        for (Object[] r : rows(zones)) {
            spans.put(ZoneId.of((String) r[0]), new LocalMonths.Span(DirectSql.instant(r[1]), DirectSql.instant(r[2])));
        }
        return spans;
    }

    private record Keyed(long[] key, Row row) {
    }

    private static Keyed keyed(Object[] r) {
        long communityId = number(r[0]);
        int month = (int) number(r[2]);
        int kind = (int) number(r[3]);
        int status = (int) number(r[4]);
        long department = number(r[5]);
        Row row = new Row((String) r[1], YearMonth.of(month / 100, month % 100), AppealKind.values()[kind - 1],
                AppealStatus.values()[status - 1], department == 0 ? null : department, (String) r[6], number(r[7]), number(r[8]),
                number(r[9]));
        return new Keyed(new long[] {communityId, month, kind, status, department}, row);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static String quoted(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "));
    }
}
