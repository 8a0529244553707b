package ua.hromada.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import ua.hromada.consultations.ActDiscussion;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationKind;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.RegulationSection;
import ua.hromada.consultations.ReportOutcome;
import ua.hromada.consultations.Stance;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * Regulation discussions through the real beans and the API: a draft act pasted whole and split
 * into sections, published; residents support or oppose sections and the act, change their
 * stance (one per person and section, also at once), comment per section; the moderator publishes
 * revised versions, a section keeping its identity by its title, new and removed ones shown; not
 * after the end; residents only.
 */
@ExtendWith(ArquillianExtension.class)
class RegulationDiscussionIT {
    static final String V1 = """
            Стаття 1. Загальні положення
            Ці правила визначають порядок благоустрою громади.
            Стаття 2. Прибирання
            Власники прибирають прибудинкові території щотижня.
            Стаття 3. Зелені насадження
            Засохлі дерева замінюють протягом двох місяців.
            """;
    static final String V2 = """
            Стаття 1. Загальні положення
            Ці правила визначають порядок благоустрою громади.
            Стаття 2. Прибирання
            Власники прибирають прибудинкові території щодня.
            Стаття 3. Зелені насадження
            Засохлі дерева замінюють протягом двох місяців.
            Стаття 4. Зимове утримання
            Тротуари біля шкіл очищують від снігу до 7:30.
            """;

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("regulation-discussion-it", RegulationDiscussionIT.class, ConsultationWorld.class,
                ConsultationWorld.Poll.class);
    }

    private ConsultationWorld world;
    private ActDiscussion discussion;
    private long moderator;
    private long olena;
    private long taras;

    @BeforeEach
    void world() {
        world = new ConsultationWorld("acts");
        discussion = InContainer.bean(ActDiscussion.class);
        moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        olena = world.person("Олена Мешканка", Role.RESIDENT);
        taras = world.person("Тарас Сусід", Role.RESIDENT);
    }

    private long draft() {
        return world.as(moderator, () -> world.consultations.create(ConsultationKind.DISCUSSION, "Правила благоустрою",
                ConsultationWorld.QUESTION, ConsultationCategory.GOVERNANCE, Audience.RESIDENTS, null, Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(20))).id());
    }

    private long published() {
        long id = draft();
        world.as(moderator, () -> world.consultations.setActText(id, V1));
        world.as(moderator, () -> world.consultations.publish(id));
        return id;
    }

    @Test
    void aDraftActIsSplitPublishedWeighedCommentedAndRevised() throws Exception {
        long id = draft();
        assertRefused(InvalidInputException.class, "regulation.text.none", () -> world.as(moderator, () -> world.consultations.publish(id)));
        assertRefused(InvalidInputException.class, "regulation.text.no-headings",
                () -> world.as(moderator, () -> world.consultations.setActText(id, "Текст без заголовків")));
        List<RegulationSection> sections = world.as(moderator, () -> world.consultations.setActText(id, V1));
        assertEquals(List.of(1, 2, 3), sections.stream().map(RegulationSection::key).toList());
        world.as(moderator, () -> world.consultations.publish(id));

        take(olena, id, ActDiscussion.WHOLE_ACT, Stance.SUPPORT);
        take(olena, id, 2, Stance.SUPPORT);
        take(olena, id, 2, Stance.OPPOSE); // she changes her mind
        take(taras, id, 2, Stance.SUPPORT);
        world.as(taras, () -> world.commenting.commentOn(id, 3, "Двох місяців замало: саджанці висаджують навесні."));
        assertRefused(NotFoundException.class, "regulation.section.not-found", () -> take(olena, id, 99, Stance.SUPPORT));
        assertRefused(NotFoundException.class, "regulation.section.not-found",
                () -> world.as(olena, () -> world.commenting.commentOn(id, 99, "Коментар до неіснуючого розділу")));
        assertThrows(ForbiddenException.class, () -> take(world.person("Гість Нерезидент"), id, 2, Stance.SUPPORT), "residents only");

        ConsultationReading.Act act = world.as(olena, () -> world.reading.act(id));
        assertEquals(1, act.support(ActDiscussion.WHOLE_ACT));
        assertEquals(1, act.support(2));
        assertEquals(1, act.oppose(2));
        assertEquals(1L, act.comments().get(3));
        assertEquals(Stance.OPPOSE, world.as(olena, () -> world.reading.myStances(id)).get(2));
        assertEquals(1, world.as(olena, () -> world.reading.sectionThreads(id)).get(3).size());
        assertTrue(world.as(olena, () -> world.reading.threads(id, null, 20)).items().isEmpty(), "a section's comment is not on the act as a whole");

        assertEquals(2, world.as(moderator, () -> world.consultations.revise(id, V2, "Щоденне прибирання; зимове утримання")));
        act = world.as(olena, () -> world.reading.act(id));
        assertEquals(List.of(1, 2, 3, 4), act.sections().stream().map(RegulationSection::key).toList());
        assertEquals("Власники прибирають прибудинкові території щотижня.", act.before(2).text());
        assertNull(act.before(4), "article 4 is new");
        assertEquals(1, act.oppose(2), "the stances follow the section into the new version");
        assertEquals(List.of(1, 2), act.versions().stream().map(v -> v.version()).toList());
        assertEquals("Щоденне прибирання; зимове утримання", act.current().note());

        HttpResponse<String> json = Http.get(InContainer.baseUrl(), "/api/v1/communities/" + world.slug + "/consultations/" + id + "/act", "en");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"change\":\"CHANGED\"") && json.body().contains("\"change\":\"NEW\"")
                && json.body().contains("\"before\":\"Власники прибирають прибудинкові території щотижня.\""), json.body());

        world.as(moderator, () -> world.consultations.revise(id, V2.replace("Стаття 3. Зелені насадження\nЗасохлі дерева замінюють протягом"
                + " двох місяців.\n", ""), null));
        act = world.as(olena, () -> world.reading.act(id));
        assertEquals(List.of(3), act.removed().stream().map(RegulationSection::key).toList());
        assertRefused(NotFoundException.class, "regulation.section.not-found", () -> take(olena, id, 3, Stance.SUPPORT));
        assertEquals(List.of("consultation.create", "consultation.act.text", "consultation.publish", "consultation.act.revise",
                "consultation.act.revise"), InContainer.auditOf("consultation", id).stream().map(AuditEntry::action).toList());
    }

    @Test
    void noStanceNorRevisionAfterTheEndAndOneStancePerPersonAtOnce() throws Exception {
        long id = published();
        Actor person = world.actor(olena);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Stance stance = i % 2 == 0 ? Stance.SUPPORT : Stance.OPPOSE;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        world.in(person, () -> {
                            discussion.take(id, 1, stance);
                            return null;
                        });
                        return "taken";
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            for (Future<Object> outcome : outcomes) {
                assertEquals("taken", outcome.get(), "30 a minute");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, InContainer.count("select count(*) from regulation_stance where consultation_id = ? and person_id = ?", id, olena));
        ConsultationReading.Act act = world.as(olena, () -> world.reading.act(id));
        assertEquals(1, act.support(1) + act.oppose(1));

        InContainer.execute("update consultation set starts_at = now(6) - interval 9 day, ends_at = now(6) - interval 1 day where id = ?", id);
        assertRefused(ConflictException.class, "consultation.closed", () -> take(taras, id, 1, Stance.SUPPORT));
        assertRefused(ConflictException.class, "regulation.revise.not-open", () -> world.as(moderator,
                () -> world.consultations.revise(id, V2, null)));
        ConsultationWorld elsewhere = new ConsultationWorld("acts-elsewhere");
        long stranger = elsewhere.person("Чужа Мешканка", Role.RESIDENT);
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> elsewhere.reading.act(id)));
    }

    @Test
    void theReportGivesAnOutcomeForEverySectionWithAReasonAndPrintsWithItsFigures() {
        long id = published();
        take(olena, id, 2, Stance.OPPOSE);
        String pdf = "/" + world.slug + "/consultations/" + id + "/report.pdf";
        assertEquals(404, Http.get(InContainer.baseUrl(), pdf, "uk").statusCode(), "no report yet");
        world.as(moderator, () -> {
            world.consultations.close(id, Instant.now());
            return null;
        });
        String report = "Громада врахувала пропозиції мешканців щодо прибирання і зелених насаджень.";
        assertRefused(InvalidInputException.class, "consultation.outcome.required", () -> world.as(moderator,
                () -> world.consultations.publishReport(id, report)));
        List<ReportOutcome> outcomes = new ArrayList<>(List.of(
                outcome(1, "Стаття 1. Загальні положення", ReportOutcome.Decision.TAKEN, null),
                outcome(2, "Стаття 2. Прибирання", ReportOutcome.Decision.PARTLY, null),
                outcome(3, "Стаття 3. Зелені насадження", ReportOutcome.Decision.NOT_TAKEN, "Строки визначає закон")));
        assertRefused(InvalidInputException.class, "consultation.outcome.reason", () -> world.as(moderator,
                () -> world.consultations.publishReport(id, report, outcomes)));
        outcomes.set(1, outcome(2, "Стаття 2. Прибирання", ReportOutcome.Decision.PARTLY, "Щодня — лише біля ринку"));
        world.as(moderator, () -> world.consultations.publishReport(id, report, outcomes));
        assertEquals(List.of(ReportOutcome.Decision.TAKEN, ReportOutcome.Decision.PARTLY, ReportOutcome.Decision.NOT_TAKEN),
                world.as(olena, () -> world.reading.outcomes(id)).stream().map(ReportOutcome::decision).toList());
        HttpResponse<String> printed = Http.get(InContainer.baseUrl(), pdf, "uk");
        assertEquals(200, printed.statusCode());
        assertTrue(printed.body().startsWith("%PDF-") && printed.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    }

    private static ReportOutcome outcome(int key, String title, ReportOutcome.Decision decision, String reason) {
        return new ReportOutcome(new ReportOutcome.Item(ReportOutcome.Kind.SECTION, key, title), decision, reason);
    }

    private void take(long person, long id, int key, Stance stance) {
        world.as(person, () -> {
            discussion.take(id, key, stance);
            return null;
        });
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
