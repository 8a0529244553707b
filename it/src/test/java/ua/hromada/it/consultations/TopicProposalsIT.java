package ua.hromada.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationStatus;
import ua.hromada.consultations.ReportOutcome;
import ua.hromada.consultations.TopicProposal;
import ua.hromada.consultations.TopicProposals;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.notification.Notices;
import ua.hromada.it.support.InContainer;

/**
 * Topic proposals through the real beans: residents propose (others are refused, five in 30 days
 * at most); the moderators' queue lists them oldest first; a moderator accepts one into a draft
 * consultation or rejects it with a reason, once; the proposer is told; decisions are audited.
 */
@ExtendWith(ArquillianExtension.class)
class TopicProposalsIT {
    private static final String TEXT = "Пропоную обговорити, як громада прибиратиме сніг на тротуарах біля шкіл.";

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("topic-proposals-it", TopicProposalsIT.class, ConsultationWorld.class);
    }

    private ConsultationWorld world;
    private TopicProposals proposals;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new ConsultationWorld("proposals");
        proposals = InContainer.bean(TopicProposals.class);
        moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        resident = world.person("Олена Мешканка", Role.RESIDENT);
    }

    @Test
    void aResidentsTopicIsAcceptedIntoADraftOrRejectedWithAReason() {
        long snow = world.as(resident, () -> proposals.propose("Прибирання снігу біля шкіл", TEXT)).id();
        long lights = world.as(resident, () -> proposals.propose("Освітлення зупинок", TEXT)).id();
        assertThrows(ForbiddenException.class, () -> world.as(world.person("Гість Нерезидент"), () -> proposals.propose("Тема гостя",
                TEXT)), "residents only");
        assertRefused(InvalidInputException.class, "consultation.proposal.text", () -> world.as(resident,
                () -> proposals.propose("Коротка тема", "Мало")));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> proposals.queue(query())));
        assertEquals(List.of(snow, lights), world.as(moderator, () -> proposals.queue(query())).rows().stream()
                .map(TopicProposal::id).toList(), "oldest first");

        Consultation draft = world.as(moderator, () -> proposals.accept(snow));
        assertEquals(ConsultationStatus.DRAFT, draft.status());
        assertEquals("Прибирання снігу біля шкіл", draft.title());
        assertEquals(TEXT, draft.description());
        assertRefused(ConflictException.class, "consultation.proposal.decided", () -> world.as(moderator, () -> proposals.reject(snow,
                "Уже взяли")));
        assertRefused(InvalidInputException.class, "consultation.proposal.reason", () -> world.as(moderator,
                () -> proposals.reject(lights, "Ні")));
        world.as(moderator, () -> proposals.reject(lights, "Освітлення зупинок уже в плані ремонту на весну"));

        List<TopicProposal> mine = world.as(resident, () -> proposals.mine());
        assertEquals(List.of(TopicProposal.Status.REJECTED, TopicProposal.Status.ACCEPTED), mine.stream().map(TopicProposal::status).toList());
        assertEquals(draft.id(), mine.get(1).consultationId());
        List<String> subjects = world.as(resident, () -> InContainer.bean(Notices.class).mine(10)).stream().map(n -> n.subject()).toList();
        assertTrue(subjects.stream().anyMatch(s -> s.contains("взято в обговорення")) && subjects.stream().anyMatch(s -> s.contains("відхилено")),
                subjects.toString());
        assertTrue(world.as(moderator, () -> proposals.queue(query())).rows().isEmpty());
        List<String> actions = InContainer.auditOf("consultation_proposal", lights).stream().map(AuditEntry::action).toList();
        assertEquals(List.of("consultation.proposal.reject"), actions);
    }

    @Test
    void theReportOfAConsultationFromAProposalGivesTheProposalsOutcome() {
        long snow = world.as(resident, () -> proposals.propose("Прибирання снігу біля шкіл", TEXT)).id();
        Consultation draft = world.as(moderator, () -> proposals.accept(snow));
        world.as(moderator, () -> world.consultations.publish(draft.id()));
        world.as(moderator, () -> {
            world.consultations.close(draft.id(), java.time.Instant.now());
            return null;
        });
        String report = "Громада визначила порядок прибирання снігу біля шкіл до початку уроків.";
        HromadaException missing = assertThrows(InvalidInputException.class, () -> world.as(moderator,
                () -> world.consultations.publishReport(draft.id(), report)));
        assertEquals("consultation.outcome.required", missing.messageKey());
        world.as(moderator, () -> world.consultations.publishReport(draft.id(), report, List.of(new ReportOutcome(
                new ReportOutcome.Item(ReportOutcome.Kind.PROPOSAL, snow, "Прибирання снігу біля шкіл"), ReportOutcome.Decision.TAKEN, null))));
        assertEquals(List.of("Прибирання снігу біля шкіл"), world.as(resident, () -> world.reading.outcomes(draft.id())).stream()
                .map(o -> o.item().title()).toList());
    }

    @Test
    void fiveProposalsInThirtyDaysAndNoneInAnotherCommunity() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            world.as(resident, () -> proposals.propose("Тема номер " + n, TEXT));
        }
        assertRefused(ConflictException.class, "consultation.proposal.limit", () -> world.as(resident, () -> proposals.propose("Шоста тема",
                TEXT)));
        long first = world.as(resident, () -> proposals.mine()).get(4).id();
        ConsultationWorld other = new ConsultationWorld("proposals-elsewhere");
        long otherModerator = other.person("Чужий Модератор", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> proposals.accept(first)));
        assertTrue(other.as(otherModerator, () -> proposals.queue(query())).rows().isEmpty());
    }

    @Test
    void twentyProposalsOfOnePersonAtOnceMakeFive() throws Exception {
        Actor proposer = world.actor(resident);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return world.in(proposer, () -> proposals.propose("Одночасна тема " + n, TEXT));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int made = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if (o instanceof TopicProposal) {
                    made++;
                } else {
                    assertTrue(o instanceof ConflictException, String.valueOf(o));
                }
            }
            assertEquals(5, made, "five in 30 days, however many arrive at once");
        } finally {
            pool.shutdown();
        }
        assertEquals(5, world.as(resident, () -> proposals.mine()).size());
    }

    private static TableQuery query() {
        return new TableQuery(0, 20, null, false, null);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
