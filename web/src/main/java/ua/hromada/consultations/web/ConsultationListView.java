package ua.hromada.consultations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationPhase;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.core.Page;

/** The community's public consultations, newest first, a page at a time. */
@Named
@RequestScoped
public class ConsultationListView {
    @Inject
    ConsultationReading reading;

    @Inject
    Clock clock;

    private String cursor;
    private Page<Consultation> page = new Page<>(List.of(), null);

    /** f:viewAction; a malformed cursor is the 400 page. */
    public void load() {
        page = reading.list(cursor, Page.DEFAULT_LIMIT);
    }

    public ConsultationPhase phase(Consultation consultation) {
        return consultation.phase(clock.instant());
    }

    public List<Consultation> getConsultations() {
        return page.items();
    }

    public String getNextCursor() {
        return page.nextCursor();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
