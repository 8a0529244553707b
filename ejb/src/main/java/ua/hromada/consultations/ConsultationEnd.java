package ua.hromada.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import ua.hromada.core.deadline.DeadlineHandler;

/** A consultation's end: it closes by itself; safe to repeat. */
@ApplicationScoped
class ConsultationEnd implements DeadlineHandler {
    @Inject
    Consultations consultations;

    @Override
    public String kind() {
        return Consultations.END;
    }

    @Override
    public void handle(long subjectId, Long communityId, Instant now) {
        consultations.close(subjectId, now);
    }
}
