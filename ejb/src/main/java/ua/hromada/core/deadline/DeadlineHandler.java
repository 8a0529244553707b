package ua.hromada.core.deadline;

import java.time.Instant;

/**
 * What a tool does when one kind of deadline falls due. Runs inside the sweeper's transaction with
 * the deadline's community as the tenant; must be idempotent (a crash after the work and before
 * the commit repeats it).
 */
public interface DeadlineHandler {
    /** The {@code deadline.kind} this handler owns, e.g. "announcement.publication", prefixed by the tool's subject. */
    String kind();

    void handle(long subjectId, Long communityId, Instant now);
}
