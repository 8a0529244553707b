package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.announcement.Announcement;
import ua.hromada.core.announcement.AnnouncementPublication;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.announcement.AnnouncementStatus;
import ua.hromada.core.deadline.Deadline;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.InContainer;

/** Deadlines are handled exactly once, by parallel sweeps too, and the real timer runs. */
@ExtendWith(ArquillianExtension.class)
class DeadlineSweeperIT {
    private static final Actor ADMIN = Actor.system("deadline-sweeper-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("deadline-sweeper-it", DeadlineSweeperIT.class);
    }

    private AnnouncementService announcements;
    private DeadlineProcessing processing;
    private Deadlines deadlines;
    private long community;

    @BeforeEach
    void community() {
        announcements = InContainer.bean(AnnouncementService.class);
        processing = InContainer.bean(DeadlineProcessing.class);
        deadlines = InContainer.bean(Deadlines.class);
        community = InContainer.newCommunity(ADMIN, "sweep", "Громада").id();
    }

    private Announcement scheduled(Duration in) {
        return Acting.as(ADMIN, () -> CurrentCommunity.callAs(community,
                () -> announcements.publish("Scheduled " + UUID.randomUUID(), "Body", Instant.now().plus(in))));
    }

    @Test
    void parallelSweepsHandleADueDeadlineExactlyOnce() throws Exception {
        Announcement first = scheduled(Duration.ofDays(30));
        Announcement second = scheduled(Duration.ofDays(30));
        Instant moved = Instant.now().plus(Duration.ofDays(31));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> sweep = () -> processing.sweep(moved, 500);
            List<Future<Integer>> runs = pool.invokeAll(List.of(sweep, sweep, sweep, sweep));
            int handled = 0;
            for (Future<Integer> run : runs) {
                handled += run.get();
            }
            assertTrue(handled >= 2, "both deadlines handled, got " + handled);
        } finally {
            pool.shutdown();
        }
        for (Announcement a : List.of(first, second)) {
            Deadline deadline = deadlines.find(AnnouncementPublication.KIND, a.id()).orElseThrow();
            assertNotNull(deadline.doneAt());
            assertEquals(1, deadline.attempts(), "the handler ran once");
            long publications = InContainer.auditOf("announcement", a.id()).stream()
                    .filter(e -> e.action().equals("announcement.publish")).count();
            assertEquals(1, publications);
            assertEquals(AnnouncementStatus.PUBLISHED,
                    CurrentCommunity.callAs(community, () -> announcements.published(a.id())).status());
        }
        assertEquals(0, processing.sweep(moved, 500), "nothing is due any more");
    }

    @Test
    void notYetDueDeadlineIsLeftAlone() {
        Announcement later = scheduled(Duration.ofDays(400));
        processing.sweep(Instant.now().plus(Duration.ofDays(1)), 500);
        Deadline deadline = deadlines.find(AnnouncementPublication.KIND, later.id()).orElseThrow();
        assertEquals(0, deadline.attempts());
        assertEquals(null, deadline.doneAt());
    }

    @Test
    void theScheduledTimerPublishesWithoutAnyoneCallingIt() throws InterruptedException {
        Announcement soon = scheduled(Duration.ofSeconds(1));
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)
                && deadlines.find(AnnouncementPublication.KIND, soon.id()).orElseThrow().doneAt() == null) {
            Thread.sleep(500);
        }
        assertNotNull(deadlines.find(AnnouncementPublication.KIND, soon.id()).orElseThrow().doneAt(),
                "the @Schedule sweeper handled the deadline within a minute");
    }
}
