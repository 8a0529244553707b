package ua.hromada.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import ua.hromada.core.deadline.DeadlineHandler;

/** The end of a roll call's window, for the deadline sweeper: counted and closed if the chair has not; safe to repeat. */
@ApplicationScoped
class RollCallClosing implements DeadlineHandler {
    @Inject
    CouncilSittings sittings;

    @Override
    public String kind() {
        return CouncilSittings.CLOSE;
    }

    @Override
    public void handle(long subjectId, Long communityId, Instant now) {
        sittings.closeWhenDue(subjectId, now);
    }
}
