package ua.hromada.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** Counts failed attempts by kind (status and the start of the answer, or the exception), for the report. */
final class Failures {
    private static final int KINDS_MAX = 50;
    private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();

    void note(String kind) {
        String key = kind.length() > 160 ? kind.substring(0, 160) : kind;
        LongAdder count = kinds.get(key);
        if (count == null && kinds.size() >= KINDS_MAX) {
            key = "(other kinds)";
        }
        kinds.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    void note(Throwable e) {
        note(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    boolean isEmpty() {
        return kinds.isEmpty();
    }

    /** The most frequent kinds first, one per line, indented. */
    String summary(int top) {
        return kinds.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(top)
                .map(e -> "      " + e.getValue().sum() + " x " + e.getKey().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
    }
}
