package ua.hromada.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import ua.hromada.core.deadline.DeadlineHandler;

/** The end of an appeal's due date, for the deadline sweeper: escalated if still waiting; safe to repeat. */
@ApplicationScoped
class AppealOverdue implements DeadlineHandler {
    @Inject
    Appeals appeals;

    @Override
    public String kind() {
        return Appeals.OVERDUE;
    }

    @Override
    public void handle(long subjectId, Long communityId, Instant now) {
        appeals.escalateIfOverdue(subjectId, now);
    }
}
