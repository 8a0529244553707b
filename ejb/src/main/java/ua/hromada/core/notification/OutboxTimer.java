package ua.hromada.core.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Runs outbox delivery every five seconds on every node: rows are locked one by one, so nodes
 * share the work instead of duplicating it, and an outage simply leaves rows due.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer {
    private static final int BATCH = 50;

    @Inject
    OutboxDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "hromada-outbox")
    void deliver() {
        while (delivery.deliverDue(BATCH) == BATCH) {
            // a full batch: more is waiting
        }
    }
}
