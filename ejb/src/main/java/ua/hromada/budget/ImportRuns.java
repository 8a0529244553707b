package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ua.hromada.core.ConflictException;

/**
 * The imports of this server that are running or recently over, by an unguessable id. Bounded:
 * a finished run is kept a while for its moderator to read the result, then forgotten (or
 * sooner, oldest first, to make room); a new run is refused while the registry is full of running ones. {@link BudgetImports} checks who reads.
 */
@ApplicationScoped
public class ImportRuns {
    static final int MAX = 32;
    /** How long a finished run's result stays readable. */
    static final Duration KEPT = Duration.ofMinutes(30);
    /** A run not over after this long is given up (the server's transaction timeout ends it long before). */
    static final Duration GIVEN_UP = Duration.ofHours(3);

    private final Map<String, ImportRun> runs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** A new run of {@code kind} for the person in the community; when full, the oldest finished run makes room; 409 while {@value #MAX} run at once. */
    synchronized ImportRun start(ImportRun.Kind kind, long personId, long communityId, long lines, Instant now) {
        forgetOld(now);
        if (runs.size() >= MAX) {
            runs.values().stream().filter(ImportRun::isOver).min(Comparator.comparing(ImportRun::lastChange))
                    .ifPresent(oldest -> runs.remove(oldest.id()));
        }
        if (runs.size() >= MAX) {
            throw new ConflictException("budget.import.busy");
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        ImportRun run = new ImportRun(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), kind, personId, communityId, lines,
                now);
        runs.put(run.id(), run);
        return run;
    }

    Optional<ImportRun> find(String id, Instant now) {
        forgetOld(now);
        return id == null ? Optional.empty() : Optional.ofNullable(runs.get(id));
    }

    private void forgetOld(Instant now) {
        runs.values().removeIf(r -> r.lastChange().plus(r.isOver() ? KEPT : GIVEN_UP).isBefore(now));
    }
}
