package ua.hromada.core.tenancy;

import java.util.function.Supplier;
import ua.hromada.core.ThreadBound;

/**
 * The community the current thread works for. Hibernate creates the tenant resolver itself (not
 * CDI), so the request filter and background jobs hand the tenant over through this thread-local,
 * always before the first use of the EntityManager in a transaction, and always clear it.
 */
public final class CurrentCommunity {
    /** Tenant id of "no community": matches no community-owned row and cannot be inserted. */
    public static final long NONE = 0L;
    /** Tenant id that lifts the filter, for platform-wide reads such as statistics. */
    public static final long ALL = -1L;

    private static final ThreadBound<Long> ID = new ThreadBound<>(NONE);

    private CurrentCommunity() {
    }

    public static long id() {
        return ID.get();
    }

    public static void set(long communityId) {
        ID.set(communityId);
    }

    public static void clear() {
        ID.clear();
    }

    /** Runs work for one community and restores whatever tenant the thread had before. */
    public static <T> T callAs(long communityId, Supplier<T> work) {
        return ID.callWith(communityId, work);
    }
}
