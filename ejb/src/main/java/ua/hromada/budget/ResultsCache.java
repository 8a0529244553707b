package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computed results of contests whose voting is over (their ballots no longer change), the most
 * recently read {@value #SIZE} kept: equal shares over many ballots takes seconds, a page view must not.
 */
@ApplicationScoped
public class ResultsCache {
    static final int SIZE = 64;

    private final Map<Long, List<ContestResults.CategoryResult>> results = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<ContestResults.CategoryResult>> eldest) {
            return size() > SIZE;
        }
    };

    /** The contest's results, computed by {@code compute} the first time (one computation per contest at a time). */
    public List<ContestResults.CategoryResult> of(long contestId, Supplier<List<ContestResults.CategoryResult>> compute) {
        synchronized (results) {
            List<ContestResults.CategoryResult> known = results.get(contestId);
            if (known != null) {
                return known;
            }
        }
        synchronized (lockFor(contestId)) {
            synchronized (results) {
                List<ContestResults.CategoryResult> known = results.get(contestId);
                if (known != null) {
                    return known;
                }
            }
            List<ContestResults.CategoryResult> computed = compute.get();
            synchronized (results) {
                results.put(contestId, computed);
            }
            return computed;
        }
    }

    /** One of a few stripes, so two contests' computations need not wait for each other (most of the time). */
    private Object lockFor(long contestId) {
        return STRIPES[(int) Math.floorMod(contestId, (long) STRIPES.length)];
    }

    private static final Object[] STRIPES = {new Object(), new Object(), new Object(), new Object(), new Object(), new Object(), new Object(),
        new Object()};
}
