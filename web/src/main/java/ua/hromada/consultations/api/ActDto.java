package ua.hromada.consultations.api;

import java.time.Instant;
import java.util.List;
import ua.hromada.consultations.ActDiscussion;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.RegulationSection;
import ua.hromada.consultations.RegulationVersion;

/**
 * A public discussion's draft act: its versions, the current version's sections (each with its
 * support and opposition, comment count, and how it changed since the version before, with the
 * text it had then), the sections that version removed, and the stances on the act as a whole.
 */
public record ActDto(long consultation, int version, long support, long oppose, List<Version> versions, List<Section> sections,
        List<Section> removed) {

    public record Version(int version, Instant publishedAt, String publishedBy, String note) {
    }

    /** {@code change}: null in the first version, else SAME, CHANGED or NEW; {@code before}: a changed section's earlier text. */
    public record Section(int key, String title, String text, long support, long oppose, long comments, String change, String before) {
    }

    static ActDto of(ConsultationReading.Act act) {
        int version = act.current() == null ? 1 : act.current().version();
        boolean revised = !act.previous().isEmpty();
        List<Section> sections = act.sections().stream().map(s -> {
            RegulationSection before = act.before(s.key());
            String change = !revised ? null : before == null ? "NEW"
                    : before.text().equals(s.text()) && before.title().equals(s.title()) ? "SAME" : "CHANGED";
            return new Section(s.key(), s.title(), s.text(), act.support(s.key()), act.oppose(s.key()), act.comments().getOrDefault(s.key(), 0L),
                    change, "CHANGED".equals(change) ? before.text() : null);
        }).toList();
        List<Section> removed = act.removed().stream().map(s -> new Section(s.key(), s.title(), s.text(), act.support(s.key()),
                act.oppose(s.key()), act.comments().getOrDefault(s.key(), 0L), "REMOVED", null)).toList();
        List<Version> versions = act.versions().stream().map(ActDto::version).toList();
        return new ActDto(act.consultation().id(), version, act.support(ActDiscussion.WHOLE_ACT), act.oppose(ActDiscussion.WHOLE_ACT), versions,
                sections, removed);
    }

    private static Version version(RegulationVersion v) {
        return new Version(v.version(), v.publishedAt(), v.publishedBy(), v.note());
    }
}
