package ua.hromada.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import ua.hromada.core.NotFoundException;

/**
 * Every request resolves its community by slug; under a surge (one viral page) that would be
 * the same three queries thousands of times a second. Only real communities are kept (so the cache
 * holds at most one entry per community), each for {@link #TTL}; a string that cannot be a slug
 * never reaches the database, and a well-formed unknown one costs one indexed lookup. This node
 * forgets a slug at once when it changes here; another node sees the change within {@link #TTL}.
 * Cached communities are read-only.
 */
@ApplicationScoped
public class CommunityCache {
    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<Community> community, Instant expires) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** The slug of each community seen, so beans that know only the tenant id reach the same entry. */
    private final ConcurrentMap<Long, String> slugs = new ConcurrentHashMap<>();

    @Inject
    CommunityDirectory directory;

    @Inject
    Clock clock;

    /** Anyone: the community behind a URL slug, at most {@link #TTL} old. */
    public Optional<Community> bySlug(String slug) {
        if (slug == null || !Community.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry entry = entries.get(slug);
        if (entry == null || entry.expires().isBefore(now)) {
            Optional<Community> found = directory.bySlug(slug);
            if (found.isEmpty()) {
                entries.remove(slug);
                return found;
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // a safety net only: real communities are far fewer
                slugs.clear();
            }
            entry = new Entry(found, now.plus(TTL));
            entries.put(slug, entry);
            found.filter(c -> c.id() != null).ifPresent(c -> slugs.put(c.id(), c.slug()));
        }
        return entry.community();
    }

    /**
     * Beans that know only the tenant id (the request filter resolved the slug already): the cached
     * community, or empty when this node has not seen it (the caller reads it itself then).
     */
    public Optional<Community> byId(long id) {
        String slug = slugs.get(id);
        return slug == null ? Optional.empty() : bySlug(slug).filter(c -> c.id() == id);
    }

    /**
     * A tool's beans: the current community (from this cache, else read), when the tool
     * {@code toolKey} is switched on there; otherwise a 404 with {@code offKey}, the tool's own text.
     */
    public Community currentWithTool(String toolKey, String offKey) {
        long id = CurrentCommunity.id();
        Community community = id > 0 ? byId(id).or(() -> directory.byId(id)).orElse(null) : null;
        if (community == null || !community.hasTool(toolKey)) {
            throw new NotFoundException(offKey);
        }
        return community;
    }

    /** Beans that change a community (or create one) call this after the change. */
    public void forget(String slug) {
        entries.remove(slug);
    }
}
