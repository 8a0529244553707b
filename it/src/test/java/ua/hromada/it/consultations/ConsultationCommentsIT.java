package ua.hromada.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationKind;
import ua.hromada.consultations.ConsultationComment;
import ua.hromada.consultations.ConsultationPhase;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.ConsultationStatus;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TooManyRequestsException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.notification.Notices;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * A consultation's way through the real beans: prepared and published by a moderator, answered,
 * replied to and supported by its audience while open, refused before its start and after its end,
 * closed by the sweeper; bad comments refused with their reasons; one support per person however
 * many arrive at once; another community's consultation unknown.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationCommentsIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("consultation-comments-it", ConsultationCommentsIT.class, ConsultationWorld.class);
    }

    private ConsultationWorld world;
    private long moderator;
    private long resident;
    private long neighbour;

    @BeforeEach
    void world() {
        world = new ConsultationWorld("consultations");
        moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        resident = world.person("Олена Мешканка", Role.RESIDENT);
        neighbour = world.person("Тарас Сусід", Role.RESIDENT);
    }

    @Test
    void draftPublishedAnsweredRepliedSupportedAndClosedAtItsEnd() {
        Instant now = Instant.now();
        long id = world.as(moderator, () -> world.consultations.create(ConsultationKind.QUESTION, "Сквер біля школи",
                ConsultationWorld.QUESTION, ConsultationCategory.URBAN_PLANNING, Audience.RESIDENTS, null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))).id());
        assertThrows(NotFoundException.class, () -> world.as(resident, () -> world.reading.view(id)), "a draft is the moderators'");
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> world.consultations.publish(id)));
        assertThrows(NotFoundException.class, () -> world.as(resident, () -> world.commenting.comment(id, "Рано")));
        world.as(moderator, () -> world.consultations.publish(id));
        assertThrows(ConflictException.class, () -> world.as(moderator, () -> world.consultations.edit(id, "Інша назва",
                ConsultationWorld.QUESTION, ConsultationCategory.OTHER, Audience.SIGNED_IN, null, now, now.plus(Duration.ofDays(3)))),
                "a published consultation is not changed");

        ConsultationComment answer = world.as(resident, () -> world.commenting.comment(id, "  Більше тіні й лавок зі спинками.  "));
        assertEquals("Більше тіні й лавок зі спинками.", answer.text());
        assertEquals("Олена Мешканка", answer.authorName());
        ConsultationComment reply = world.as(neighbour, () -> world.commenting.reply(id, answer.id(), "Згоден, і ще ліхтарі."));
        assertRefused(InvalidInputException.class, "consultation.comment.reply-depth",
                () -> world.as(resident, () -> world.commenting.reply(id, reply.id(), "Відповідь на відповідь")));
        world.as(neighbour, () -> {
            world.commenting.support(answer.id());
            return null;
        });
        assertRefused(ConflictException.class, "consultation.support.twice", () -> world.as(neighbour, () -> {
            world.commenting.support(answer.id());
            return null;
        }));
        assertRefused(ConflictException.class, "consultation.support.own", () -> world.as(resident, () -> {
            world.commenting.support(answer.id());
            return null;
        }));

        List<ConsultationReading.Thread> threads = world.in(Actor.ANONYMOUS, () -> world.reading.threads(id, null, 20)).items();
        assertEquals(1, threads.size());
        assertEquals(1, threads.get(0).answer().supportCount());
        assertEquals(List.of("Згоден, і ще ліхтарі."), threads.get(0).replies().stream().map(ConsultationComment::text).toList());
        assertEquals(2, world.in(Actor.ANONYMOUS, () -> world.reading.commentCount(id)));

        Instant afterEnd = now.plus(Duration.ofDays(8));
        world.in(ConsultationWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(afterEnd, 500));
        Consultation closed = world.in(Actor.ANONYMOUS, () -> world.reading.view(id));
        assertEquals(ConsultationStatus.CLOSED, closed.status());
        assertEquals(ConsultationPhase.CLOSED, closed.phase(Instant.now()));
        assertRefused(ConflictException.class, "consultation.closed", () -> world.as(neighbour, () -> world.commenting.comment(id,
                "Запізно")));
        List<String> actions = InContainer.auditOf("consultation", id).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("consultation.create", "consultation.publish")), actions.toString());
    }

    @Test
    void theReportFallsDueAfterTheCloseIsOverdueWhenMissingAndIsPublishedOnce() {
        long id = world.open(moderator, Audience.SIGNED_IN, 1);
        Instant closing = Instant.now().plus(Duration.ofDays(2));
        DeadlineProcessing sweeper = InContainer.bean(DeadlineProcessing.class);
        world.in(ConsultationWorld.ADMIN, () -> sweeper.sweep(closing, 500));
        Consultation closed = world.in(Actor.ANONYMOUS, () -> world.reading.view(id));
        assertEquals(ConsultationStatus.CLOSED, closed.status());
        assertEquals(closed.closedAt().plus(Duration.ofDays(14)), closed.reportDueAt(), "14 calendar days by default");
        assertRefused(ConflictException.class, "consultation.report.not-closed", () -> world.as(moderator,
                () -> world.consultations.publishReport(world.open(moderator, Audience.SIGNED_IN, 3), "Звіт до завершення обговорення")));

        world.in(ConsultationWorld.ADMIN, () -> sweeper.sweep(closing.plus(Duration.ofDays(15)), 500));
        assertTrue(world.in(Actor.ANONYMOUS, () -> world.reading.view(id)).isReportOverdue(closing.plus(Duration.ofDays(15))));
        assertTrue(world.as(moderator, () -> InContainer.bean(Notices.class).mine(10)).stream()
                .anyMatch(n -> n.subject().contains("Прострочено звіт")), "the moderators are reminded");
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> world.consultations.publishReport(id,
                "Мешканка пише звіт замість модератора")));
        world.as(moderator, () -> world.consultations.publishReport(id, "Громада врахувала пропозиції: лавки в тіні й освітлення."));
        Consultation reported = world.in(Actor.ANONYMOUS, () -> world.reading.view(id));
        assertFalse(reported.isReportOverdue(closing.plus(Duration.ofDays(20))));
        assertEquals("Громада врахувала пропозиції: лавки в тіні й освітлення.", reported.reportText());
        assertRefused(ConflictException.class, "consultation.report.twice", () -> world.as(moderator,
                () -> world.consultations.publishReport(id, "Другий звіт, якого не має бути")));
        List<String> actions = InContainer.auditOf("consultation", id).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("consultation.report.overdue", "consultation.report.publish")), actions.toString());
    }

    @Test
    void commentsAndOpenDataComeAsFormulaSafeCsvAndJson() {
        long id = world.open(moderator, Audience.RESIDENTS, 7);
        long answer = world.as(resident, () -> world.commenting.comment(id, "=HYPERLINK(\"http://x\", \"клікни\")")).id();
        world.as(neighbour, () -> world.commenting.reply(id, answer, "Відповідь сусіда"));
        String slug = world.slug;
        var csv = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + slug + "/consultations/" + id + "/comments.csv", "uk");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("'=HYPERLINK"), "a formula stays text: " + csv.body());
        assertTrue(csv.body().contains("Відповідь сусіда") && csv.body().contains(String.valueOf(answer)), csv.body());
        var data = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + slug + "/open-data/consultations", "uk");
        assertEquals(200, data.statusCode());
        assertTrue(data.body().contains("\"comments\":2") && data.body().contains("\"community\":\"" + slug + "\""), data.body());
        var dataCsv = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + slug + "/open-data/consultations.csv", "uk");
        assertTrue(dataCsv.body().contains("Сквер біля школи"), dataCsv.body());
        var catalogue = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + slug + "/open-data", "uk");
        assertTrue(catalogue.body().contains("/api/v1/communities/" + slug + "/open-data/consultations.csv"), catalogue.body());
        long draft = world.as(moderator, () -> world.consultations.create(ConsultationKind.QUESTION, "Чернетка", ConsultationWorld.QUESTION,
                ConsultationCategory.OTHER, Audience.SIGNED_IN, null, Instant.now(), Instant.now().plus(Duration.ofDays(3))).id());
        assertEquals(404, Http.get(InContainer.baseUrl(), "/api/v1/communities/" + slug + "/consultations/" + draft + "/comments.csv",
                "uk").statusCode(), "a draft has no public comments");
    }

    @Test
    void beforeItsStartNobodyAnswers() {
        Instant now = Instant.now();
        long id = world.as(moderator, () -> world.consultations.create(ConsultationKind.QUESTION, "Шкільний автобус",
                ConsultationWorld.QUESTION, ConsultationCategory.EDUCATION, Audience.SIGNED_IN, null, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9))).id());
        world.as(moderator, () -> world.consultations.publish(id));
        assertEquals(ConsultationPhase.UPCOMING, world.in(Actor.ANONYMOUS, () -> world.reading.view(id)).phase(now));
        assertRefused(ConflictException.class, "consultation.not-started", () -> world.as(resident, () -> world.commenting.comment(id,
                "Рано відповідаю")));
    }

    @Test
    void badCommentsAreRefusedWithTheirReasonAndNothingIsStored() {
        long id = world.open(moderator, Audience.RESIDENTS, 7);
        assertRefused(InvalidInputException.class, "consultation.comment.length", () -> world.as(resident, () -> world.commenting.comment(id, " a ")));
        assertRefused(InvalidInputException.class, "consultation.comment.length",
                () -> world.as(resident, () -> world.commenting.comment(id, "д".repeat(ConsultationComment.TEXT_MAX + 1))));
        assertRefused(InvalidInputException.class, "consultation.comment.markup",
                () -> world.as(resident, () -> world.commenting.comment(id, "Гляньте <a href=\"http://x\">сюди</a>")));
        assertRefused(InvalidInputException.class, "consultation.comment.markup",
                () -> world.as(resident, () -> world.commenting.comment(id, "<script>alert(1)</script>")));
        assertEquals(0, world.in(Actor.ANONYMOUS, () -> world.reading.commentCount(id)));
        // plain text with angle brackets that are no markup is fine
        world.as(resident, () -> world.commenting.comment(id, "Бюджет < 100 тис. грн, а користь > витрат"));
        assertEquals(1, world.in(Actor.ANONYMOUS, () -> world.reading.commentCount(id)));
    }

    @Test
    void aResidentsOnlyConsultationRefusesOthersAndOpenOneAdmitsAnyoneSignedIn() {
        long residentsOnly = world.open(moderator, Audience.RESIDENTS, 7);
        long open = world.open(moderator, Audience.SIGNED_IN, 7);
        long visitor = world.person("Гість Нерезидент");
        long declared = world.person("Задекларована Мешканка");
        Acting.as(world.actor(declared), () -> InContainer.bean(Residencies.class).declare(world.community));
        assertRefused(ForbiddenException.class, "consultation.residents-only",
                () -> world.as(visitor, () -> world.commenting.comment(residentsOnly, "Я не звідси")));
        assertRefused(ForbiddenException.class, "consultation.residents-only",
                () -> world.as(declared, () -> world.commenting.comment(residentsOnly, "Я задекларована")));
        assertRefused(SignInException.class, "consultation.sign-in-required",
                () -> world.in(Actor.ANONYMOUS, () -> world.commenting.comment(open, "Анонім")));
        world.as(visitor, () -> world.commenting.comment(open, "А я можу тут"));
        assertEquals(1, world.in(Actor.ANONYMOUS, () -> world.reading.commentCount(open)));
    }

    @Test
    void commentingFastIsStoppedAtTheLimit() {
        long id = world.open(moderator, Audience.RESIDENTS, 7);
        for (int i = 0; i < 5; i++) {
            int n = i;
            world.as(resident, () -> world.commenting.comment(id, "Думка номер " + n));
        }
        assertThrows(TooManyRequestsException.class, () -> world.as(resident, () -> world.commenting.comment(id, "Шоста за хвилину")));
    }

    @Test
    void fiftySupportsOfOnePersonAtOnceCountOnce() throws Exception {
        long id = world.open(moderator, Audience.RESIDENTS, 7);
        long answer = world.as(resident, () -> world.commenting.comment(id, "Підтримайте, будь ласка")).id();
        Actor supporter = world.actor(neighbour);
        List<Object> outcomes = atOnce(50, () -> world.in(supporter, () -> {
            world.commenting.support(answer);
            return "supported";
        }));
        assertEquals(1, outcomes.stream().filter("supported"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().allMatch(o -> o.equals("supported") || o instanceof ConflictException
                || o instanceof TooManyRequestsException), outcomes.toString());
        assertEquals(1, world.in(Actor.ANONYMOUS, () -> world.reading.threads(id, null, 20)).items().get(0).answer().supportCount());
    }

    @Test
    void anotherCommunitysConsultationIsUnknownHere() {
        long id = world.open(moderator, Audience.SIGNED_IN, 7);
        ConsultationWorld other = new ConsultationWorld("elsewhere");
        long otherModerator = other.person("Чужий Модератор", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.reading.view(id)));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.commenting.comment(id, "Чужа громада")));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.consultations.publish(id)));
        assertTrue(other.in(Actor.ANONYMOUS, () -> other.reading.list(null, 20)).items().isEmpty());
    }

    @Test
    void aDeletedAccountsCommentsStayWithoutTheNameAndItsSupportsGo() {
        long id = world.open(moderator, Audience.RESIDENTS, 7);
        long answer = world.as(resident, () -> world.commenting.comment(id, "Залишиться без імені")).id();
        long other = world.as(neighbour, () -> world.commenting.comment(id, "Відповідь сусіда")).id();
        world.as(resident, () -> {
            world.commenting.support(other);
            return null;
        });
        world.as(resident, () -> {
            InContainer.bean(AccountDeletion.class).delete("ВИДАЛИТИ");
            return null;
        });
        List<ConsultationReading.Thread> threads = world.in(Actor.ANONYMOUS, () -> world.reading.threads(id, null, 20)).items();
        assertEquals("", threads.get(0).answer().authorName());
        assertEquals(answer, threads.get(0).answer().id());
        assertEquals(0, threads.get(1).answer().supportCount());
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }

    private static List<Object> atOnce(int n, Callable<Object> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
