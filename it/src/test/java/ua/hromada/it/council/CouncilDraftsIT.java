package ua.hromada.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Role;
import ua.hromada.core.document.Upload;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.DraftDecision;
import ua.hromada.council.DraftDecisions;
import ua.hromada.council.DraftVersion;
import ua.hromada.it.support.InContainer;

/**
 * Draft decisions: a new version keeps the previous ones and becomes current with its time; the
 * number is unique in the community (and free in another); a PDF goes through the document store
 * (anything else refused, nothing half-registered) and is public as the draft is; a deputy
 * registers as the initiator under their own name; co-sponsors are the council's deputies only;
 * each step audited.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilDraftsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("council-drafts-it", CouncilDraftsIT.class, CouncilWorld.class);
    }

    private CouncilWorld world;
    private CouncilReading reading;

    @BeforeEach
    void world() {
        world = new CouncilWorld("council-drafts");
        reading = InContainer.bean(CouncilReading.class);
    }

    @Test
    void aNewVersionBecomesCurrentAndKeepsThePreviousOnes() {
        Instant registered = Instant.parse("2026-11-20T09:00:00Z");
        Instant revised = Instant.parse("2026-11-27T14:30:00Z");
        long id = TimeSource.asIf(registered, () -> world.draft("245-VIII"));
        DraftVersion second = TimeSource.asIf(revised, () -> world.as(world.secretary, () -> world.drafts.revise(id,
                "1. Затвердити Програму благоустрою скверів громади на 2027 рік у новій редакції комісії.", CouncilWorld.pdf("245.pdf"))));
        assertEquals(2, second.number());
        CouncilReading.DraftRecord record = world.as(world.secretary, () -> reading.draft(id));
        assertEquals(2, record.draft().currentVersion());
        assertWithinAMinute(revised, record.draft().changedAt());
        assertWithinAMinute(registered, record.draft().registeredAt());
        assertWithinAMinute(revised, record.current().createdAt());
        assertEquals(List.of(2, 1), record.versions().stream().map(DraftVersion::number).toList(), "every version, the current first");
        assertEquals(second.id(), record.current().id());
        assertEquals(CouncilWorld.TEXT, record.versions().get(1).text(), "the first version is kept as it was");
        assertNull(record.versions().get(1).documentId());
        assertNotNull(record.current().documentId());
        assertTrue(world.in(CouncilWorld.ADMIN, () -> reading.shows(record.current().documentId())), "a draft's PDF is public");
        assertEquals(List.of("council.draft.register", "council.draft.revise"),
                InContainer.auditOf("council-draft", id).stream().map(e -> e.action()).toList());
    }

    @Test
    void aNumberIsUniqueInTheCommunityButFreeInAnother() {
        world.draft("12-VIII");
        assertRefused(InvalidInputException.class, "council.draft.number.taken", () -> world.draft("12-VIII"));
        CouncilWorld other = new CouncilWorld("council-drafts-other");
        assertTrue(other.draft("12-VIII") > 0, "another community numbers its own drafts");
        assertEquals(1, InContainer.count("select count(*) from council_draft where community_id = ? and number = '12-VIII'", world.community));
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAndNothingIsRegistered() {
        Upload program = new Upload("проєкт.pdf", new ByteArrayInputStream("MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertRefused(InvalidInputException.class, "document.not-pdf", () -> world.as(world.secretary, () -> world.drafts.register(
                new DraftDecisions.Registration("13-VIII", "Про затвердження Програми благоустрою скверів", "Виконавчий комітет",
                        world.committee, CouncilWorld.TEXT, program))));
        assertEquals(0, InContainer.count("select count(*) from council_draft where community_id = ?", world.community));
        assertRefused(InvalidInputException.class, "council.draft.committee", () -> world.as(world.secretary, () -> world.drafts.register(
                new DraftDecisions.Registration("13-VIII", "Про затвердження Програми благоустрою скверів", "Виконавчий комітет",
                        999_999_999L, CouncilWorld.TEXT, null))));
    }

    @Test
    void aDeputyRegistersAsTheInitiatorButOnlyTheSecretariatRevises() {
        long deputy = world.deputy("Оксана Депутатка");
        DraftDecision draft = world.as(deputy, () -> world.drafts.register(new DraftDecisions.Registration("14-VIII",
                "Про облаштування пішохідного переходу біля ліцею", "Хтось інший", world.committee, CouncilWorld.TEXT, null)));
        assertEquals("Оксана Депутатка", draft.initiator(), "a deputy initiates in their own name, whatever was typed");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(deputy, () -> world.drafts.revise(draft.id(),
                "1. Облаштувати регульований пішохідний перехід до 1 вересня.", null)));
        long resident = world.person("Олена Мешканка", Role.RESIDENT);
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> world.drafts.register(
                new DraftDecisions.Registration("15-VIII", "Про облаштування пішохідного переходу", "Олена", world.committee,
                        CouncilWorld.TEXT, null))));
        assertEquals("Виконавчий комітет", world.as(world.secretary, () -> reading.draft(world.draft("16-VIII")).draft().initiator()),
                "the secretariat names whoever initiated");
    }

    @Test
    void coSponsorsAreTheCouncilsDeputiesOnly() {
        long id = world.draft("17-VIII");
        long oksana = world.deputy("Оксана Депутатка");
        long petro = world.deputy("Петро Коваленко");
        world.as(world.secretary, () -> world.drafts.sponsor(id, List.of(world.profileOf(oksana), world.profileOf(petro))));
        assertEquals(List.of("Оксана Депутатка", "Петро Коваленко"), world.as(world.secretary, () -> reading.draft(id).sponsors()));
        CouncilWorld other = new CouncilWorld("council-drafts-sponsor");
        long stranger = other.deputy("Чужий Депутат");
        assertRefused(InvalidInputException.class, "council.draft.sponsor", () -> world.as(world.secretary,
                () -> world.drafts.sponsor(id, List.of(other.profileOf(stranger)))));
        assertEquals(2, InContainer.count("select count(*) from council_draft_sponsor where draft_id = ?", id));
    }

    /** Time moved to {@code at} runs on from there, so a moment taken then is at or just after it. */
    private static void assertWithinAMinute(Instant at, Instant actual) {
        assertTrue(!actual.isBefore(at) && actual.isBefore(at.plusSeconds(60)), actual + " is just after " + at);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
