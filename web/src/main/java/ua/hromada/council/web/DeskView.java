package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.DeputyDesk;
import ua.hromada.council.DraftNote;

/** A deputy's desk for one draft: its current text, the mark "read", and their private note. */
@Named
@ViewScoped
public class DeskView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilReading reading;

    @Inject
    DeputyDesk desk;

    @Inject
    CouncilAdmission admission;

    @Inject
    LanguageSelection language;

    private long id;
    private CouncilReading.DraftRecord record;
    private Integer readVersion;
    private String note;
    private Instant noteChanged;

    /** f:viewAction: deputies only (sign in first; 403 for others). */
    public void load() throws IOException {
        if (admission.admit(CouncilAction.READ, "/council/desk/" + id) && record == null) {
            refresh();
            note = desk.note(id).map(DraftNote::text).orElse(null);
        }
    }

    public void markRead() {
        if (Messages.attempt(language.getLocale(), "council.desk.marked", () -> desk.markRead(id))) {
            refresh();
        }
    }

    public void saveNote() {
        Messages.attempt(language.getLocale(), "council.note.saved", () -> desk.writeNote(id, note));
        refresh();
    }

    private void refresh() {
        record = reading.draft(id);
        readVersion = desk.readMarks().get(id);
        noteChanged = desk.note(id).map(DraftNote::changedAt).orElse(null);
    }

    public CouncilReading.DraftRecord getRecord() {
        return record;
    }

    public Integer getReadVersion() {
        return readVersion;
    }

    public Instant getNoteChanged() {
        return noteChanged;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
