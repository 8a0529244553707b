package ua.hromada.core.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ua.hromada.core.ConflictException;
import ua.hromada.core.Cursor;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.LikePattern;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tool.ToolRegistry;

/** Finds and registers communities (platform table, not tenant-filtered). */
@Stateless
public class CommunityDirectory {
    public static final int QUERY_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    CommunityCache cache;

    @Inject
    ToolRegistry registry;

    /** Anyone: the community behind a URL slug, whatever its status. */
    public Optional<Community> bySlug(String slug) {
        if (slug == null || !Community.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Community.BY_SLUG, Community.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Anyone: the community with this id, whatever its status. */
    public Optional<Community> byId(long id) {
        return Optional.ofNullable(em.find(Community.class, id));
    }

    /** Anyone: active communities whose name or slug contains {@code query}, by registration order. */
    public Page<Community> search(String query, String cursor, int limit) {
        return page(Community.PAGE_ACTIVE, 0, query, cursor, limit);
    }

    /** Anyone (addresses are public): the address of each of these communities, in one query. */
    public Map<Long, String> slugsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Community.SLUGS_OF, Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /**
     * National moderators and platform administrators: every community, whatever its status, whose
     * name or slug contains {@code query} (all when blank), newest first.
     */
    public Page<Community> all(String query, String cursor, int limit) {
        permissions.require(Action.COMMUNITY_EDIT, null);
        return page(Community.PAGE_ALL, Long.MAX_VALUE, query, cursor, limit);
    }

    /**
     * A keyset page of {@code namedQuery}'s communities whose name or slug contains {@code query};
     * {@code start} stands for "after" on the first page (the query orders by id either way).
     */
    private Page<Community> page(String namedQuery, long start, String query, String cursor, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > QUERY_MAX) {
            throw new InvalidInputException("community.query.too-long", QUERY_MAX);
        }
        long after = cursor == null || cursor.isBlank() ? start : Cursor.decode(cursor, 1)[0];
        List<Community> rows = em.createNamedQuery(namedQuery, Community.class)
                .setParameter("after", after)
                .setParameter("q", q)
                .setParameter("like", LikePattern.containing(q))
                .setMaxResults(limit + 1)
                .getResultList();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Community> page = rows.subList(0, limit);
        return new Page<>(List.copyOf(page), Cursor.encode(page.get(limit - 1).id()));
    }

    /** National moderators and platform administrators: suspends (hides) or re-activates a community. */
    public Community setActive(long id, boolean active) {
        permissions.require(Action.COMMUNITY_EDIT, null);
        Community community = find(id);
        if (community.isActive() != active) {
            if (active) {
                community.activate();
            } else {
                community.suspend();
            }
            audit.record(id, active ? "community.activate" : "community.suspend", "community", id, community.slug());
            cache.forget(community.slug());
        }
        return community;
    }

    private Community find(long id) {
        Community community = em.find(Community.class, id);
        if (community == null) {
            throw new NotFoundException("community.not-found", id);
        }
        return community;
    }

    /** National moderators and platform administrators: registers an active community. */
    public Community create(String slug, String nameUk, String nameEn, ZoneId zone, Set<String> tools) {
        permissions.require(Action.COMMUNITY_CREATE, null);
        registry.requireRegistered(tools);
        if (bySlug(slug).isPresent()) {
            throw new ConflictException("community.slug.taken", slug);
        }
        Community community = new Community(slug, nameUk, nameEn, zone);
        community.switchTools(tools);
        em.persist(community);
        em.flush();
        audit.record(community.id(), "community.create", "community", community.id(),
                slug + " " + nameUk + " tools=" + community.tools());
        cache.forget(slug);
        return community;
    }
}
