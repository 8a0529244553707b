package ua.hromada.core.deadline;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The one persistent timer of the platform. Stored in the database timer store, so it survives
 * restarts and fires on one node of a cluster; the work lives in {@link DeadlineProcessing}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineSweeper {
    @Inject
    DeadlineProcessing processing;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = true, info = "hromada-deadline-sweeper")
    void sweep() {
        int batch = Integer.getInteger("hromada.sweeper.batch", 50);
        Instant now = clock.instant();
        while (processing.sweep(now, batch) == batch) {
            // a full batch: more may be due (catch-up after downtime); keep going
        }
    }
}
