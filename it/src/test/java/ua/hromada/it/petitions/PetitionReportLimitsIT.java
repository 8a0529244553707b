package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.Petitions;
import ua.hromada.petitions.ReportReason;

/**
 * Reports to the moderators: once per person and petition, and at most ten a day per person; and
 * the monthly limit of drafts holds however many arrive at once.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionReportLimitsIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("petition-report-limits-it", PetitionReportLimitsIT.class, PetitionWorld.class);
    }

    @Test
    void oncePerPetitionAndTenADay() {
        PetitionWorld world = new PetitionWorld("report-limits", Map.of(PetitionRules.PER_PERSON_MONTHLY, "100"));
        long author = world.person("Авторка Звітів", Role.RESIDENT);
        long moderator = world.person("Модератор Звітів", Role.LOCAL_MODERATOR);
        long reporter = world.person("Скаржник", Role.RESIDENT);
        List<Long> petitions = new ArrayList<>();
        for (int i = 0; i <= Petitions.REPORTS_PER_DAY; i++) {
            petitions.add(world.published(author, moderator, "Петиція для скарги номер " + i));
        }
        world.as(reporter, () -> {
            world.petitions.report(petitions.get(0), ReportReason.SPAM, null);
            return null;
        });
        ConflictException twice = assertThrows(ConflictException.class, () -> world.as(reporter, () -> {
            world.petitions.report(petitions.get(0), ReportReason.OTHER, "Ще раз");
            return null;
        }));
        assertEquals("petition.report.twice", twice.messageKey());
        for (int i = 1; i < Petitions.REPORTS_PER_DAY; i++) {
            long petition = petitions.get(i);
            world.as(reporter, () -> {
                world.petitions.report(petition, ReportReason.SPAM, null);
                return null;
            });
        }
        ConflictException tooMany = assertThrows(ConflictException.class, () -> world.as(reporter, () -> {
            world.petitions.report(petitions.get(Petitions.REPORTS_PER_DAY), ReportReason.SPAM, null);
            return null;
        }));
        assertEquals("petition.report.too-many", tooMany.messageKey());
    }

    @Test
    void twentyDraftsOfOnePersonAtOnceMakeTheMonthlyLimit() throws Exception {
        PetitionWorld world = new PetitionWorld("draft-limits", Map.of(PetitionRules.PER_PERSON_MONTHLY, "3"));
        Actor author = world.actor(world.person("Квапливий Автор", Role.RESIDENT));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return world.in(author, () -> world.petitions.create("Одночасна петиція " + n, PetitionWorld.TEXT,
                                PetitionCategory.OTHER));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int drafts = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if (o instanceof ConflictException refused) {
                    assertEquals("petition.limit", refused.messageKey());
                } else {
                    drafts++;
                }
            }
            assertEquals(3, drafts, "the monthly limit, however many arrive at once");
        } finally {
            pool.shutdown();
        }
    }
}
