package ua.hromada.consultations.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a section's text, word by word, as segments the page shows
 * as they are, struck out or inserted (rendered as text inside {@code del} and {@code ins}, so no
 * markup is built by hand).
 */
public final class WordChanges {
    /** Words and the spaces between them, each a token: a change shows with its spacing. */
    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    /** A run of text: kept, removed or added. */
    public record Segment(Kind kind, String text) {
        public boolean isKept() {
            return kind == Kind.KEPT;
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    public enum Kind {
        KEPT, REMOVED, ADDED
    }

    private WordChanges() {
    }

    public static List<Segment> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            add(segments, Kind.KEPT, old.subList(at, from));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            at = from + delta.getSource().size();
        }
        add(segments, Kind.KEPT, old.subList(at, old.size()));
        return List.copyOf(segments);
    }

    private static List<String> tokens(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(TOKENS.split(text));
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(kind, String.join("", tokens)));
        }
    }
}
