package ua.hromada.consultations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ua.hromada.core.InvalidInputException;

/**
 * A draft act's whole text as the moderators paste it, split into sections at its headings: a
 * line such as "Стаття 5. Назва", "Розділ II", "Article 3" or a Markdown heading ("# Назва")
 * starts a section, the lines up to the next heading are its text. Sections are matched across
 * versions by their titles, so each title appears once in a version.
 */
public final class ActText {
    public static final int TEXT_MAX = 200_000;
    public static final int TITLE_MAX = 300;
    public static final int SECTION_TEXT_MAX = 20_000;
    public static final int SECTIONS_MAX = 200;
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s+(\\S.*?)|((?:стаття|розділ|глава|частина|пункт|article"
            + "|section|chapter|part)\\s+[\\p{L}\\p{N}]{1,10}[.)]?(?:\\s+\\S.*)?))\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A section as written: its heading line (without a Markdown mark) and its text. */
    public record Section(String title, String text) {
    }

    private ActText() {
    }

    /** The sections of {@code text}, refused with the reason when it has none, text before its first heading, or sections too long. */
    public static List<Section> split(String text) {
        String whole = text == null ? "" : text.strip();
        if (whole.length() > TEXT_MAX) {
            throw new InvalidInputException("regulation.text.long", TEXT_MAX);
        }
        List<Section> sections = new ArrayList<>();
        String title = null;
        boolean textBeforeHeading = false;
        StringBuilder body = new StringBuilder();
        for (String line : whole.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                if (title != null) {
                    sections.add(section(title, body));
                }
                title = (heading.group(1) != null ? heading.group(1) : heading.group(2)).strip();
                body.setLength(0);
            } else if (title == null) {
                textBeforeHeading |= !line.isBlank();
            } else {
                body.append(line).append('\n');
            }
        }
        if (title == null) {
            throw new InvalidInputException("regulation.text.no-headings");
        }
        if (textBeforeHeading) {
            throw new InvalidInputException("regulation.text.before-heading");
        }
        sections.add(section(title, body));
        if (sections.size() > SECTIONS_MAX) {
            throw new InvalidInputException("regulation.text.too-many", SECTIONS_MAX);
        }
        Set<String> seen = new HashSet<>();
        for (Section s : sections) {
            if (!seen.add(normal(s.title()))) {
                throw new InvalidInputException("regulation.section.title.twice", s.title());
            }
        }
        return List.copyOf(sections);
    }

    private static Section section(String title, StringBuilder body) {
        if (title.length() > TITLE_MAX) {
            throw new InvalidInputException("regulation.section.title.long", TITLE_MAX);
        }
        String text = body.toString().strip();
        if (text.length() > SECTION_TEXT_MAX) {
            throw new InvalidInputException("regulation.section.text.long", title, SECTION_TEXT_MAX);
        }
        return new Section(title, text);
    }

    /** A title as matched across versions: case, inner spacing and a closing full stop do not count. */
    public static String normal(String title) {
        return title.strip().replaceAll("\\s+", " ").replaceAll("[.:;]+$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The keys of a revised version's sections: a section titled as one of the previous version
     * keeps that section's key; the others take new keys after {@code highestKey}.
     */
    public static List<Integer> keys(List<Section> revised, List<RegulationSection> previous, int highestKey) {
        Map<String, Integer> byTitle = new HashMap<>();
        previous.forEach(s -> byTitle.put(normal(s.title()), s.key()));
        List<Integer> keys = new ArrayList<>();
        int next = highestKey;
        for (Section s : revised) {
            Integer kept = byTitle.get(normal(s.title()));
            keys.add(kept != null ? kept : ++next);
        }
        return List.copyOf(keys);
    }
}
