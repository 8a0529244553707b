package ua.hromada.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationKind;
import ua.hromada.consultations.PollAnswer;
import ua.hromada.consultations.PollTally;
import ua.hromada.consultations.ResultsShown;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TooManyRequestsException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * Polls through the real beans and the API: a question of every type answered and tallied (counts
 * and shares, Borda and first preferences, mean and distribution, "other"); a response changed,
 * the last one counting; every kind of bad answer refused with its message; residents only; not
 * before the start nor after the end; results only after the end where the poll says so; one
 * response per person under 200 attempts at once; a terminal answering with its person's token.
 */
@ExtendWith(ArquillianExtension.class)
class PollsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("polls-it", PollsIT.class, ConsultationWorld.class, ConsultationWorld.Poll.class);
    }

    private ConsultationWorld world;
    private long moderator;
    private long olena;
    private long taras;
    private long ivan;

    @BeforeEach
    void world() {
        world = new ConsultationWorld("polls");
        moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        olena = world.person("Олена Мешканка", Role.RESIDENT);
        taras = world.person("Тарас Сусід", Role.RESIDENT);
        ivan = world.person("Іван Третій", Role.RESIDENT);
    }

    @Test
    void everyTypeIsAnsweredTalliedAndChangedTheLastResponseCounting() throws Exception {
        long empty = world.as(moderator, () -> world.consultations.create(ConsultationKind.POLL, "Порожнє опитування",
                ConsultationWorld.QUESTION, ConsultationCategory.OTHER, Audience.RESIDENTS, null, Instant.now(),
                Instant.now().plus(Duration.ofDays(3))).id());
        assertRefused(InvalidInputException.class, "poll.questions.none", () -> world.as(moderator, () -> world.consultations.publish(empty)));

        ConsultationWorld.Poll poll = world.poll(moderator, Audience.RESIDENTS, ResultsShown.LIVE, 7);
        respondTo(olena, poll, poll.answers(0, null, List.of(0, 1), List.of(0, 1, 2), 4, 2));
        respondTo(taras, poll, poll.answers(-1, "Лише влітку", List.of(1), List.of(1, 0, 2), 5, 3));
        respondTo(ivan, poll, poll.answers(1, null, List.of(1, 2), List.of(2, 0, 1), 3, 3));
        // Olena changes her mind: her first response no longer counts
        respondTo(olena, poll, poll.answers(1, null, List.of(2), List.of(0, 2, 1), 2, 1));

        PollTally tally = world.as(olena, () -> world.reading.tally(poll.id())).orElseThrow();
        assertEquals(3, tally.respondents());
        assertEquals(1, InContainer.count("select count(*) from poll_response where consultation_id = ? and person_id = ?", poll.id(),
                olena), "one response per person");
        assertEquals(List.of(0L, 2L, 0L), counts(tally.of(poll.often())));
        assertEquals(1, tally.of(poll.often()).others());
        assertEquals(List.of("Лише влітку"), world.as(moderator, () -> world.reading.otherAnswers(poll.id(), 10)).get(poll.often().id()),
                "the moderators read the other answers");
        assertThrows(ForbiddenException.class, () -> world.as(olena, () -> world.reading.otherAnswers(poll.id(), 10)), "the public does not");
        assertEquals(2.0 / 3, tally.of(poll.often()).options().get(1).share(), 1e-9);
        assertEquals(List.of(0L, 2L, 2L), counts(tally.of(poll.need())));
        // ranks: Olena Береги-Дерева-Міст, Тарас Міст-Береги-Дерева, Іван Дерева-Береги-Міст; n - rank points
        PollTally.QuestionResult order = tally.of(poll.order());
        assertEquals(List.of(2 + 1 + 1L, 0 + 2 + 0L, 1 + 0 + 2L), order.options().stream().map(PollTally.OptionResult::borda).toList());
        assertEquals(List.of(1L, 1L, 1L), order.options().stream().map(PollTally.OptionResult::firstPreferences).toList());
        assertEquals("Береги", order.leader().label());
        PollTally.QuestionResult state = tally.of(poll.state());
        assertEquals((2 + 5 + 3) / 3.0, state.options().get(0).mean(), 1e-9);
        assertEquals(List.of(0L, 1L, 1L, 0L, 1L), state.options().get(0).distribution());
        assertEquals(List.of(1L, 0L, 2L, 0L, 0L), state.options().get(1).distribution());

        Map<Long, PollAnswer> mine = world.as(olena, () -> world.reading.myResponse(poll.id())).orElseThrow().answers();
        assertEquals(List.of(poll.option(poll.order(), 0), poll.option(poll.order(), 2), poll.option(poll.order(), 1)),
                mine.get(poll.order().id()).options(), "her own ranking, in her order");
        assertEquals(2, mine.get(poll.state().id()).scores().get(poll.option(poll.state(), 0)));
        world.as(ivan, () -> {
            InContainer.bean(AccountDeletion.class).delete("DELETE");
            return null;
        });
        assertEquals(2, world.as(olena, () -> world.reading.tally(poll.id())).orElseThrow().respondents(),
                "a deleted account's response goes with it");
        assertEquals(List.of("consultation.create", "consultation.poll.question.add", "consultation.poll.question.add",
                "consultation.poll.question.add", "consultation.poll.question.add", "consultation.publish"),
                InContainer.auditOf("consultation", poll.id()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void badAnswersAreRefusedWithWhatIsWrong() {
        ConsultationWorld.Poll poll = world.poll(moderator, Audience.RESIDENTS, ResultsShown.LIVE, 7);
        List<Integer> all = List.of(0, 1, 2);
        refused("poll.answer.ranking.twice", poll, replace(poll.answers(0, null, List.of(0), all, 3, 3), 2,
                PollAnswer.choosing(poll.order().id(), List.of(poll.option(poll.order(), 0), poll.option(poll.order(), 0),
                        poll.option(poll.order(), 1)), null)));
        refused("poll.answer.ranking.missing", poll, poll.answers(0, null, List.of(0), List.of(0, 1), 3, 3));
        refused("poll.answer.scoring.range", poll, poll.answers(0, null, List.of(0), all, 6, 3));
        refused("poll.answer.scoring.range", poll, poll.answers(0, null, List.of(0), all, 0, 3));
        refused("poll.answer.scoring.missing", poll, replace(poll.answers(0, null, List.of(0), all, 3, 3), 3,
                PollAnswer.scoring(poll.state().id(), Map.of(poll.option(poll.state(), 0), 3))));
        refused("poll.answer.multiple", poll, poll.answers(0, null, List.of(), all, 3, 3));
        refused("poll.answer.multiple", poll, poll.answers(0, null, List.of(0, 1, 2), all, 3, 3));
        refused("poll.answer.single", poll, poll.answers(0, "І ще інше", List.of(0), all, 3, 3));
        refused("poll.answer.single", poll, poll.answers(-1, null, List.of(0), all, 3, 3));
        refused("poll.answer.unknown-option", poll, replace(poll.answers(0, null, List.of(0), all, 3, 3), 1,
                PollAnswer.choosing(poll.need().id(), List.of(poll.option(poll.often(), 0)), null)));
        refused("poll.answer.other.not-here", poll, replace(poll.answers(0, null, List.of(0), all, 3, 3), 1,
                PollAnswer.choosing(poll.need().id(), List.of(poll.option(poll.need(), 0)), "Фонтан")));
        refused("poll.answer.other.long", poll, poll.answers(-1, "д".repeat(501), List.of(0), all, 3, 3));
        refused("poll.answer.missing", poll, poll.answers(0, null, List.of(0), all, 3, 3).subList(0, 3));
        List<PollAnswer> extra = new ArrayList<>(poll.answers(0, null, List.of(0), all, 3, 3));
        extra.add(PollAnswer.choosing(999_999_999L, List.of(), null));
        refused("poll.answer.unknown-question", poll, extra);
        assertEquals(0, world.as(olena, () -> world.reading.tally(poll.id())).orElseThrow().respondents(), "nothing half-stored");

        long guest = world.person("Гість Нерезидент");
        assertThrows(ForbiddenException.class, () -> world.as(guest, () -> {
            world.answering.respond(poll.id(), poll.answers(0, null, List.of(0), all, 3, 3));
            return null;
        }), "residents only");
        assertThrows(HromadaException.class, () -> world.in(Actor.ANONYMOUS, () -> {
            world.answering.respond(poll.id(), poll.answers(0, null, List.of(0), all, 3, 3));
            return null;
        }), "anonymous");
        long question = world.open(moderator, Audience.RESIDENTS, 3);
        assertRefused(NotFoundException.class, "consultation.not-found", () -> world.as(olena, () -> {
            world.answering.respond(question, poll.answers(0, null, List.of(0), all, 3, 3));
            return null;
        }));
        assertRefused(ConflictException.class, "consultation.comments.not-here", () -> world.as(olena,
                () -> world.commenting.comment(poll.id(), "Коментар до опитування")));
    }

    @Test
    void notBeforeTheStartNorAfterTheEndAndResultsAfterTheEndWhereItSaysSo() throws Exception {
        ConsultationWorld.Poll later = world.poll(moderator, Audience.SIGNED_IN, ResultsShown.AFTER_END, 7);
        List<Integer> all = List.of(0, 1, 2);
        respondTo(olena, later, later.answers(0, null, List.of(0), all, 3, 3));
        assertTrue(world.as(olena, () -> world.reading.tally(later.id())).isEmpty(), "not while it is open");
        String path = "/api/v1/communities/" + world.slug + "/consultations/" + later.id();
        HttpResponse<String> poll = Http.get(InContainer.baseUrl(), path + "/poll", "en");
        assertEquals(200, poll.statusCode());
        assertTrue(poll.body().contains("\"resultsVisible\":false") && !poll.body().contains("\"count\""), poll.body());
        assertEquals(404, Http.get(InContainer.baseUrl(), path + "/results.csv", "en").statusCode());

        InContainer.execute("update consultation set starts_at = now(6) - interval 9 day, ends_at = now(6) - interval 1 day where id = ?",
                later.id());
        assertRefused(ConflictException.class, "consultation.closed", () -> respondTo(taras, later, later.answers(0, null, List.of(0), all, 3, 3)));
        assertEquals(1, world.as(olena, () -> world.reading.tally(later.id())).orElseThrow().respondents(), "after the end");
        HttpResponse<String> csv = Http.get(InContainer.baseUrl(), path + "/results.csv", "en");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().replace("\uFEFF", "").startsWith("question,question_text,type,option,count"), csv.body());
        assertTrue(csv.body().contains("Щодня,1,1.0"), csv.body());

        ConsultationWorld.Poll upcoming = world.poll(moderator, Audience.SIGNED_IN, ResultsShown.LIVE, 7);
        InContainer.execute("update consultation set starts_at = now(6) + interval 1 day where id = ?", upcoming.id());
        assertRefused(ConflictException.class, "consultation.not-started",
                () -> respondTo(olena, upcoming, upcoming.answers(0, null, List.of(0), all, 3, 3)));
        assertTrue(world.as(olena, () -> world.reading.tally(upcoming.id())).isEmpty(), "no results before the start");

        ConsultationWorld elsewhere = new ConsultationWorld("polls-elsewhere");
        long stranger = elsewhere.person("Чужа Мешканка", Role.RESIDENT);
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> elsewhere.reading.view(later.id())),
                "another community's poll is not found");
        assertTrue(elsewhere.as(stranger, () -> elsewhere.reading.questions(later.id())).isEmpty(), "nor its questions");
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> {
            elsewhere.answering.respond(upcoming.id(), upcoming.answers(0, null, List.of(0), all, 3, 3));
            return null;
        }));
    }

    @Test
    void twoHundredResponsesOfOnePersonAtOnceLeaveOneResponse() throws Exception {
        ConsultationWorld.Poll poll = world.poll(moderator, Audience.RESIDENTS, ResultsShown.LIVE, 7);
        Actor person = world.actor(olena);
        ExecutorService pool = Executors.newFixedThreadPool(200);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int score = 1 + i % 5;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        world.in(person, () -> {
                            world.answering.respond(poll.id(), poll.answers(0, null, List.of(0), List.of(0, 1, 2), score, score));
                            return null;
                        });
                        return "answered";
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int answered = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if ("answered".equals(o)) {
                    answered++;
                } else {
                    assertTrue(o instanceof TooManyRequestsException, String.valueOf(o));
                }
            }
            assertTrue(answered >= 1, "some got through the per-person limit");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, InContainer.count("select count(*) from poll_response where consultation_id = ?", poll.id()));
        assertEquals(7, InContainer.count("select count(*) from poll_choice where consultation_id = ?", poll.id()),
                "one response's choices: 1 + 1 + 3 + 2");
        PollTally tally = world.as(olena, () -> world.reading.tally(poll.id())).orElseThrow();
        assertEquals(1, tally.respondents());
        assertEquals(1, tally.of(poll.state()).options().get(0).distribution().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aTerminalAnswersWithItsPersonsTokenTheSameOneResponseRule() throws Exception {
        ConsultationWorld.Poll poll = world.poll(moderator, Audience.RESIDENTS, ResultsShown.LIVE, 7);
        ApiTokens.Issued token = world.as(taras, () -> InContainer.bean(ApiTokens.class).issue(world.community, TokenScope.SIGN, "Термінал",
                Instant.now().plus(Duration.ofDays(30))));
        String path = "/api/v1/communities/" + world.slug + "/consultations/" + poll.id() + "/response";
        String body = json(poll, 0, List.of(0, 1), List.of(2, 1, 0), 4, 5);
        HttpResponse<String> answered = Http.postJsonWithToken(InContainer.baseUrl(), path, token.secret(), body);
        assertEquals(200, answered.statusCode(), answered.body());
        assertTrue(answered.body().contains("answeredAt"), answered.body());
        HttpResponse<String> changed = Http.postJsonWithToken(InContainer.baseUrl(), path, token.secret(),
                json(poll, 1, List.of(2), List.of(0, 1, 2), 1, 1));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(1, InContainer.count("select count(*) from poll_response where consultation_id = ?", poll.id()));
        assertEquals(1, InContainer.count("select changes from poll_response where consultation_id = ?", poll.id()));

        HttpResponse<String> bad = Http.postJsonWithToken(InContainer.baseUrl(), path, token.secret(),
                json(poll, 0, List.of(0), List.of(0, 0, 1), 3, 3));
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("every option stands in the ranking once"), bad.body());
        assertEquals(400, Http.postJsonWithToken(InContainer.baseUrl(), path, token.secret(), "{\"answers\": [{\"question\": \"x\"").statusCode(),
                "malformed JSON");
        int anonymous = Http.postJsonWithToken(InContainer.baseUrl(), path, null, body).statusCode();
        assertTrue(anonymous == 401 || anonymous == 403, "without a token: " + anonymous);

        HttpResponse<String> results = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/consultations/" + poll.id()
                + "/poll", "en");
        assertTrue(results.body().contains("\"respondents\":1") && results.body().contains("\"borda\":2"), results.body());
        HttpResponse<String> consultation = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/consultations/"
                + poll.id(), "en");
        assertTrue(consultation.body().contains("\"kind\":\"POLL\""), consultation.body());
    }

    private static String json(ConsultationWorld.Poll poll, int often, List<Integer> need, List<Integer> order, int clean, int safe) {
        return "{\"answers\": ["
                + "{\"question\": " + poll.often().id() + ", \"options\": [" + poll.option(poll.often(), often) + "]},"
                + "{\"question\": " + poll.need().id() + ", \"options\": " + need.stream().map(i -> poll.option(poll.need(), i)).toList() + "},"
                + "{\"question\": " + poll.order().id() + ", \"options\": " + order.stream().map(i -> poll.option(poll.order(), i)).toList()
                + "},"
                + "{\"question\": " + poll.state().id() + ", \"scores\": {\"" + poll.option(poll.state(), 0) + "\": " + clean + ", \""
                + poll.option(poll.state(), 1) + "\": " + safe + "}}]}";
    }

    private void respondTo(long person, ConsultationWorld.Poll poll, List<PollAnswer> answers) {
        world.as(person, () -> {
            world.answering.respond(poll.id(), answers);
            return null;
        });
    }

    private void refused(String key, ConsultationWorld.Poll poll, List<PollAnswer> answers) {
        assertRefused(InvalidInputException.class, key, () -> respondTo(olena, poll, answers));
    }

    private static List<PollAnswer> replace(List<PollAnswer> answers, int at, PollAnswer answer) {
        List<PollAnswer> changed = new ArrayList<>(answers);
        changed.set(at, answer);
        return changed;
    }

    private static List<Long> counts(PollTally.QuestionResult result) {
        return result.options().stream().map(PollTally.OptionResult::count).toList();
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
