package ua.hromada.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.council.DraftNote;
import ua.hromada.it.support.InContainer;

/**
 * A deputy's notes and read marks are theirs alone: another deputy, the secretariat, a platform
 * administrator (who holds every role) and a deputy of another community never read or change
 * them; a mark follows the draft's versions; an empty note is deleted.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilNotesIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("council-notes-it", CouncilNotesIT.class, CouncilWorld.class);
    }

    private static final String NOTE = "Уточнити на комісії джерело фінансування пункту 2.";

    private CouncilWorld world;
    private long oksana;
    private long petro;
    private long draft;

    @BeforeEach
    void world() {
        world = new CouncilWorld("council-notes");
        oksana = world.deputy("Оксана Депутатка");
        petro = world.deputy("Петро Коваленко");
        draft = world.draft("7-VIII");
        world.as(oksana, () -> world.desk.writeNote(draft, NOTE));
    }

    @Test
    void aNoteIsReadByItsAuthorOnly() {
        assertEquals(NOTE, world.as(oksana, () -> world.desk.note(draft)).map(DraftNote::text).orElseThrow());
        assertTrue(world.as(petro, () -> world.desk.note(draft)).isEmpty(), "another deputy sees no note");
        world.as(petro, () -> world.desk.writeNote(draft, "Моя думка інша."));
        assertEquals(NOTE, world.as(oksana, () -> world.desk.note(draft)).map(DraftNote::text).orElseThrow(),
                "another deputy's note is their own, it changes nothing of hers");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(world.secretary, () -> world.desk.note(draft)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(world.secretary,
                () -> world.desk.writeNote(draft, "Секретаріат дописує")));
        long admin = world.person("Марко Адміністратор");
        // the role held by the actor, not stored: a stored platform administrator would outlive this test
        // (PersonSignsInIT's first administrator is made only while there is none)
        Actor administrator = new Actor(Actor.personName(admin), Set.of(Role.PLATFORM_ADMIN), Map.of(), admin, SignInStrength.STRONG);
        assertTrue(world.in(administrator, () -> world.desk.note(draft)).isEmpty(), "a platform administrator reads only their own (none)");
        assertEquals(NOTE, world.as(oksana, () -> world.desk.note(draft)).map(DraftNote::text).orElseThrow());
        Actor phone = world.people.actorOf(oksana, SignInStrength.BASIC);
        assertRefused(ForbiddenException.class, "council.strong-sign-in-required", () -> world.in(phone, () -> world.desk.note(draft)));
        assertEquals(2, InContainer.count("select count(*) from council_note where draft_id = ?", draft));
    }

    @Test
    void anotherCommunitysDeputyReachesNothing() {
        CouncilWorld other = new CouncilWorld("council-notes-other");
        long stranger = other.deputy("Чужий Депутат");
        assertRefused(NotFoundException.class, "council.draft.not-found", () -> other.as(stranger, () -> world.desk.note(draft)));
        assertRefused(NotFoundException.class, "council.draft.not-found", () -> other.as(stranger, () -> world.desk.writeNote(draft, "Чуже")));
        assertRefused(NotFoundException.class, "council.draft.not-found", () -> other.as(stranger, () -> {
            world.desk.markRead(draft);
            return null;
        }));
        // in the draft's own community they hold no role
        assertRefused(ForbiddenException.class, "access.forbidden", () -> Acting.as(other.actor(stranger),
                () -> CurrentCommunity.callAs(world.community, () -> world.desk.note(draft))));
        assertEquals(1, InContainer.count("select count(*) from council_note where draft_id = ?", draft));
    }

    @Test
    void aReadMarkFollowsTheVersionsAndIsTheDeputysOwn() {
        world.as(oksana, () -> {
            world.desk.markRead(draft);
            return null;
        });
        assertEquals(Map.of(draft, 1), world.as(oksana, () -> world.desk.readMarks()));
        assertEquals(Map.of(), world.as(petro, () -> world.desk.readMarks()), "another deputy's marks are their own");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(world.secretary, () -> world.desk.readMarks()));
        world.as(world.secretary, () -> world.drafts.revise(draft, "1. Затвердити Програму благоустрою скверів у редакції комісії.", null));
        assertEquals(Map.of(draft, 1), world.as(oksana, () -> world.desk.readMarks()), "read at version 1; version 2 is newer");
        world.as(oksana, () -> {
            world.desk.markRead(draft);
            return null;
        });
        assertEquals(Map.of(draft, 2), world.as(oksana, () -> world.desk.readMarks()));
        assertEquals(Set.of(2L), Set.of(InContainer.count("select version_read from council_draft_read where person_id = ?", oksana)));
    }

    @Test
    void anEmptyNoteIsDeleted() {
        assertFalse(world.as(oksana, () -> world.desk.writeNote(draft, "  ")).isPresent());
        assertTrue(world.as(oksana, () -> world.desk.note(draft)).isEmpty());
        assertEquals(0, InContainer.count("select count(*) from council_note where person_id = ?", oksana));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
