package ua.hromada.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Role;
import ua.hromada.council.AgendaItem;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSession;
import ua.hromada.it.support.InContainer;

/**
 * Agendas: built from drafts in order (moved, taken off, renumbered), each draft once; an
 * unpublished agenda is nobody's but the secretariat's; publishing an empty one is refused;
 * publishing notifies every deputy of the council once (nobody else), makes it public and freezes
 * it; each step audited.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilAgendaIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("council-agenda-it", CouncilAgendaIT.class, CouncilWorld.class);
    }

    private CouncilWorld world;
    private CouncilReading reading;

    @BeforeEach
    void world() {
        world = new CouncilWorld("council-agenda");
        reading = InContainer.bean(CouncilReading.class);
    }

    @Test
    void anAgendaIsBuiltInOrderEachDraftOnce() {
        long budget = world.draft("1-VIII");
        long lighting = world.draft("2-VIII");
        long crossing = world.draft("3-VIII");
        long session = world.session(budget, lighting, crossing);
        assertEquals(List.of("1-VIII", "2-VIII", "3-VIII"), numbers(session));
        assertRefused(InvalidInputException.class, "council.agenda.twice", () -> world.as(world.secretary,
                () -> world.sessions.addItem(session, lighting)));
        long third = items(session).get(2).id();
        world.as(world.secretary, () -> {
            world.sessions.move(session, third, true);
            return null;
        });
        assertEquals(List.of("1-VIII", "3-VIII", "2-VIII"), numbers(session));
        long first = items(session).get(0).id();
        world.as(world.secretary, () -> {
            world.sessions.removeItem(session, first);
            return null;
        });
        assertEquals(List.of("3-VIII", "2-VIII"), numbers(session));
        assertEquals(List.of(1, 2), items(session).stream().map(AgendaItem::position).toList(), "renumbered from 1");
        assertEquals(List.of("council.session.plan", "council.agenda.add", "council.agenda.add", "council.agenda.add",
                "council.agenda.move", "council.agenda.remove"), InContainer.auditOf("council-session", session).stream()
                .map(e -> e.action()).toList());
    }

    @Test
    void publishingTellsEveryDeputyOnceMakesItPublicAndFreezesIt() {
        long oksana = world.deputy("Оксана Депутатка");
        long petro = world.deputy("Петро Коваленко");
        long resident = world.person("Олена Мешканка", Role.RESIDENT);
        long draft = world.draft("4-VIII");
        long session = world.session(draft);
        assertRefused(NotFoundException.class, "council.session.not-found", () -> world.as(resident, () -> reading.publishedSession(session)));
        assertRefused(NotFoundException.class, "council.session.not-found", () -> world.as(oksana, () -> reading.publishedSession(session)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(oksana, () -> world.sessions.publish(session)));

        world.as(world.secretary, () -> world.sessions.publish(session));

        String link = "%/" + world.slug + "/council/sessions/" + session;
        for (long deputy : new long[] {oksana, petro}) {
            assertEquals(1, InContainer.count("select count(*) from notice where person_id = ? and link like ?", deputy, link),
                    "deputy " + deputy + " is told once");
        }
        assertEquals(0, InContainer.count("select count(*) from notice where person_id in (?, ?) and link like ?", resident, world.secretary,
                link), "nobody else");
        CouncilSession published = world.as(resident, () -> reading.publishedSession(session));
        assertNotNull(published.publishedAt());
        assertEquals(List.of("4-VIII"), world.as(resident, () -> reading.agenda(published)).stream().map(l -> l.draft().number()).toList());
        long later = world.draft("5-VIII");
        assertRefused(ConflictException.class, "council.session.published", () -> world.as(world.secretary,
                () -> world.sessions.addItem(session, later)));
        assertRefused(ConflictException.class, "council.session.published", () -> world.as(world.secretary,
                () -> world.sessions.publish(session)));
        assertEquals(2, InContainer.count("select count(*) from notice where link like ?", link), "a second publication tells nobody");
    }

    @Test
    void anEmptyAgendaIsNotPublished() {
        long session = world.session();
        assertRefused(InvalidInputException.class, "council.agenda.empty", () -> world.as(world.secretary,
                () -> world.sessions.publish(session)));
        assertEquals(0, InContainer.count("select count(*) from council_session where id = ? and published_at is not null", session));
    }

    private List<AgendaItem> items(long session) {
        return world.as(world.secretary, () -> reading.agenda(reading.plannedSession(session))).stream()
                .map(CouncilReading.AgendaLine::item).toList();
    }

    private List<String> numbers(long session) {
        return world.as(world.secretary, () -> reading.agenda(reading.plannedSession(session))).stream()
                .map(l -> l.draft().number()).toList();
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
