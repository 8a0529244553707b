package ua.hromada.consultations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ua.hromada.consultations.ActDiscussion;
import ua.hromada.consultations.Commenting;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.RegulationSection;
import ua.hromada.consultations.Stance;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * A regulation discussion's part of the consultation page: the act's current version section by
 * section with what changed since the version before, support and opposition for each section and
 * the whole act, and the comments on each section. Loaded on first use, as the page is.
 */
@Named
@RequestScoped
public class DiscussionView {
    @Inject
    ConsultationView page;

    @Inject
    ConsultationReading reading;

    @Inject
    ActDiscussion discussion;

    @Inject
    Commenting commenting;

    @Inject
    LanguageSelection language;

    private ConsultationReading.Act act;
    private Map<Integer, Stance> mine;
    private Map<Integer, List<ConsultationReading.Thread>> threads;
    private Integer typedKey;
    private String typed;

    public ConsultationReading.Act getAct() {
        if (act == null && page.getConsultation() != null) {
            act = reading.act(page.getId());
        }
        return act;
    }

    public int getWholeAct() {
        return ActDiscussion.WHOLE_ACT;
    }

    /** The signed-in person's stance on a section (0: the act), or null. */
    public Stance stance(int key) {
        if (mine == null) {
            mine = page.getConsultation() == null ? Map.of() : reading.myStances(page.getId());
        }
        return mine.get(key);
    }

    public boolean supports(int key) {
        return stance(key) == Stance.SUPPORT;
    }

    public boolean opposes(int key) {
        return stance(key) == Stance.OPPOSE;
    }

    public List<ConsultationReading.Thread> threadsOf(int key) {
        if (threads == null) {
            threads = page.getConsultation() == null ? Map.of() : reading.sectionThreads(page.getId());
        }
        return threads.getOrDefault(key, List.of());
    }

    /** Whether the section is new in this version, changed since the version before, or neither (the first version). */
    public String change(RegulationSection section) {
        if (getAct().previous().isEmpty()) {
            return null;
        }
        RegulationSection before = act.before(section.key());
        if (before == null) {
            return "new";
        }
        return before.text().equals(section.text()) && before.title().equals(section.title()) ? null : "changed";
    }

    /** A changed section's text word by word against the version before. */
    public List<WordChanges.Segment> changes(RegulationSection section) {
        RegulationSection before = getAct().before(section.key());
        return before == null ? List.of() : WordChanges.between(before.text(), section.text());
    }

    /** Supports (or opposes) a section or the act; a refusal is shown. */
    public void take(int key, String stance) {
        if (Messages.attempt(language.getLocale(), "regulation.stance.taken", () -> discussion.take(page.getId(), key, Stance.valueOf(stance)))) {
            act = null;
            mine = null;
        }
    }

    /**
     * Comments on a section; a refusal is shown and the text kept. The text is a plain field of the
     * section's form, read from the request: bound as an input component repeated per section, its
     * posted value did not reach the bean (ui:repeat's per-row state), as the browser test showed.
     */
    public void commentOn(int key) {
        String text = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("section-text");
        if (Messages.attempt(language.getLocale(), "consultation.commented", () -> commenting.commentOn(page.getId(), key, text))) {
            act = null;
            threads = null;
        } else {
            typedKey = key;
            typed = text;
        }
    }

    /** What was typed in a section's comment field and refused, shown again; else empty. */
    public String typed(int key) {
        return typedKey != null && typedKey == key ? typed : "";
    }
}
