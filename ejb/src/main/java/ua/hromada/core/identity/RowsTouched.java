package ua.hromada.core.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a merge or a deletion did, as its beans and the tools' observers report it, so the one
 * audit entry says how many rows of each kind moved, were dropped or were cleared.
 */
public final class RowsTouched {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int kept;

    /** Observers and core beans: {@code rows} rows of this kind (e.g. "signatures moved"). */
    public void add(String what, int rows) {
        if (rows > 0) {
            counts.merge(what, rows, Integer::sum);
        }
    }

    /**
     * Observers of a deletion: {@code rows} rows of this kind stay public by law with the person's
     * name (e.g. "signatures kept"); any such row keeps the person's key (see {@code Person.erase}).
     */
    public void keep(String what, int rows) {
        add(what, rows);
        kept += Math.max(rows, 0);
    }

    /** Whether an observer kept any public row of the person. */
    public boolean keptAny() {
        return kept > 0;
    }

    public int of(String what) {
        return counts.getOrDefault(what, 0);
    }

    /** "signatures moved 3, duplicate signatures dropped 1", or "nothing else" when nothing was touched. */
    public String summary() {
        return counts.isEmpty() ? "nothing else"
                : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
