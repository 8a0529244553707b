package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.Eligibility;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionCorrection;
import ua.hromada.petitions.PetitionEvent;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionSettings;
import ua.hromada.petitions.PetitionStatus;
import ua.hromada.petitions.PetitionTally;
import ua.hromada.petitions.RejectionReason;
import ua.hromada.petitions.ResponseDecision;
import ua.hromada.petitions.Signing;

/** A petition's whole legal way through the real beans, with the sweeper driven by a moved clock. */
@ExtendWith(ArquillianExtension.class)
class PetitionLifecycleIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("petition-lifecycle-it", PetitionLifecycleIT.class, PetitionWorld.class);
    }

    private PetitionWorld world;
    private PetitionReading reading;
    private Signing signing;
    private PetitionTally tally;
    private long author;
    private long moderator;
    private long secretary;

    @BeforeEach
    void world() {
        world = new PetitionWorld("petitions", Map.of(PetitionRules.THRESHOLD, "3", PetitionRules.TEXT_MIN, "50"));
        reading = InContainer.bean(PetitionReading.class);
        signing = InContainer.bean(Signing.class);
        tally = InContainer.bean(PetitionTally.class);
        author = world.person("Олена Авторка", Role.RESIDENT);
        moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
    }

    @Test
    void draftToResponseWithThresholdReachedByTheTally() {
        long id = world.as(author, () -> world.petitions.create("Пішохідний перехід біля школи", PetitionWorld.TEXT,
                PetitionCategory.TRANSPORT).id());
        world.as(author, () -> world.petitions.editDraft(id, "Безпечний перехід біля школи №3", PetitionWorld.TEXT,
                PetitionCategory.SAFETY));
        assertThrows(NotFoundException.class, () -> world.in(Actor.ANONYMOUS, () -> reading.view(id)),
                "a draft is nobody else's business");
        Petition submitted = world.as(author, () -> world.petitions.submit(id));
        assertEquals(PetitionStatus.SUBMITTED, submitted.status());
        assertNotNull(submitted.moderationDueAt());
        assertThrows(ForbiddenException.class, () -> world.as(author, () -> world.petitions.publish(id)),
                "an author does not publish their own petition");

        Petition published = world.as(moderator, () -> world.petitions.publish(id));
        assertEquals(PetitionStatus.COLLECTING, published.status());
        assertTrue(published.collectionEndsAt().isBefore(Instant.now().plus(Duration.ofDays(93))), "never beyond 3 months");
        assertThrows(ConflictException.class, () -> world.as(moderator, () -> world.petitions.publish(id)),
                "publishing twice is an illegal transition");
        assertThrows(ConflictException.class, () -> world.as(author, () -> world.petitions.editDraft(id, "x",
                PetitionWorld.TEXT, PetitionCategory.SAFETY)), "no edits after publication");

        assertThrows(ForbiddenException.class, () -> world.as(author, () -> world.petitions.correct(id, "Інша назва",
                PetitionWorld.TEXT)), "only moderators correct typos");
        assertEquals("Безпечний перехід біля школи № 3", world.as(moderator, () -> world.petitions.correct(id,
                "Безпечний перехід біля школи № 3", PetitionWorld.TEXT)).title());
        long first = world.person("Перша Підписантка", Role.RESIDENT);
        long second = world.person("Другий Підписант", Role.RESIDENT);
        long stranger = world.person("Не Мешканець");
        world.as(first, () -> signing.sign(id));
        assertThrows(ConflictException.class, () -> world.as(first, () -> signing.sign(id)), "one person signs once");
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> world.as(stranger, () -> signing.sign(id)));
        assertEquals("petition.residents-only", refused.messageKey());
        assertThrows(SignInException.class, () -> world.in(Actor.ANONYMOUS, () -> signing.sign(id)));
        world.as(second, () -> signing.sign(id));

        world.in(PetitionWorld.ADMIN, () -> tally.settle(-1, Instant.now()));
        Petition considered = world.in(Actor.ANONYMOUS, () -> reading.view(id));
        assertEquals(3, considered.signatureCount(), "author, first and second");
        assertEquals(PetitionStatus.UNDER_CONSIDERATION, considered.status());
        assertNotNull(considered.considerationDueAt());
        assertEquals(3, world.in(Actor.ANONYMOUS, () -> reading.signatories(id, null, 10)).items().size());

        assertThrows(InvalidInputException.class, () -> world.as(secretary, () -> world.petitions.answer(id,
                ResponseDecision.SUPPORTED, "Так", "virus.exe", new java.io.ByteArrayInputStream(new byte[] {'M', 'Z', 0}))),
                "only PDF documents are stored");
        assertThrows(ForbiddenException.class, () -> world.as(first, () -> world.petitions.answer(id,
                ResponseDecision.SUPPORTED, "Так", null, null)), "residents do not answer");
        Petition answered = world.as(secretary, () -> world.petitions.answer(id, ResponseDecision.SUPPORTED,
                "Перехід облаштують до 1 вересня.", "response.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4 signed response".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertEquals(PetitionStatus.ANSWERED, answered.status());
        long late = world.person("Запізніла Мешканка", Role.RESIDENT);
        ConflictException closed = assertThrows(ConflictException.class, () -> world.as(late, () -> signing.sign(id)));
        assertEquals("petition.sign.closed", closed.messageKey(), "an answered petition collects no more");
        var pdf = Http.get(InContainer.baseUrl(), "/" + world.slug + "/documents/" + answered.responseDocumentId() + ".pdf", "uk");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-1.4 signed response", pdf.body());
        assertEquals("Софія Секретарка", answered.responseBy());

        List<PetitionStatus> history = world.in(Actor.ANONYMOUS, () -> reading.history(id)).stream()
                .map(PetitionEvent::status).toList();
        assertEquals(List.of(PetitionStatus.SUBMITTED, PetitionStatus.COLLECTING, PetitionStatus.UNDER_CONSIDERATION,
                PetitionStatus.ANSWERED), history);
        assertTrue(world.as(first, () -> InContainer.bean(Notices.class).mine(10)).stream()
                .anyMatch(n -> n.subject().contains("Безпечний перехід")), "signers hear about the response");
        List<String> actions = InContainer.auditOf("petition", id)
                .stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("petition.publish", "petition.correct", "petition.threshold", "petition.answer")),
                actions.toString());
        assertTrue(InContainer.auditOf("petition", id).stream()
                .anyMatch(e -> e.summary().contains("original: Безпечний перехід біля школи №3")), "the original is kept");
    }

    @Test
    void aCorrectionKeepsTheWholeOriginalAndThePageSaysWhenNotWhat() {
        String original = PetitionWorld.TEXT + " " + "Додаткові обставини справи. ".repeat(100) + "Кінець первісного тексту.";
        long id = world.as(author, () -> world.petitions.create("Довга петиція з опискамм", original, PetitionCategory.SAFETY).id());
        world.as(author, () -> world.petitions.submit(id));
        world.as(moderator, () -> world.petitions.publish(id));
        world.as(moderator, () -> world.petitions.correct(id, "Довга петиція з описками", original.replace("первісного", "виправленого")));

        List<PetitionCorrection> corrections = world.as(moderator, () -> reading.corrections(id));
        assertEquals(1, corrections.size());
        assertEquals("Довга петиція з опискамм", corrections.get(0).originalTitle());
        assertEquals(original, corrections.get(0).originalText(), "the whole original");
        assertEquals(List.of(corrections.get(0).correctedAt()), world.in(Actor.ANONYMOUS, () -> reading.correctionDates(id)));
        assertThrows(ForbiddenException.class, () -> world.as(author, () -> reading.corrections(id)),
                "the originals are the moderators' only");
        assertTrue(InContainer.auditOf("petition", id).stream().filter(e -> e.action().equals("petition.correct"))
                .noneMatch(e -> e.summary().contains("Кінець первісного")), "the audit alone keeps only the beginning");

        String page = Http.get(InContainer.baseUrl(), "/" + world.slug + "/petitions/" + id, "uk").body();
        assertTrue(page.contains("Виправлено модератором"), "the public sees that and when it was corrected");
        assertFalse(page.contains("Кінець первісного"), "but not the original");
        assertTrue(Http.get(InContainer.baseUrl(), "/" + world.slug + "/petitions/" + id + "?lang=en", "en").body()
                .contains("Corrected by the moderator on"));

        long unpublished = world.submitted(author, "Ще не оприлюднена петиція");
        assertThrows(NotFoundException.class, () -> world.in(Actor.ANONYMOUS, () -> reading.correctionDates(unpublished)));
    }

    @Test
    void belowThresholdAtCollectionEndIsForwardedAsAnAppeal() {
        long id = world.published(author, moderator, "Ліхтарі на вулиці Садовій");
        Instant afterCollection = Instant.now().plus(Duration.ofDays(100));
        world.in(PetitionWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(afterCollection, 500));

        Petition closed = world.in(Actor.ANONYMOUS, () -> reading.view(id));
        assertEquals(PetitionStatus.FORWARDED, closed.status());
        assertEquals(1, closed.signatureCount());
        assertTrue(world.as(secretary, () -> InContainer.bean(Notices.class).mine(10)).stream()
                .anyMatch(n -> n.subject().contains("Ліхтарі")), "the secretariat receives it as an appeal");
        assertFalse(closed.isCollecting(Instant.now()));
    }

    @Test
    void rejectionNeedsAReasonAndModeratorsOfOneCommunityCannotActInAnother() {
        long id = world.as(author, () -> world.petitions.create("Заборонити все", PetitionWorld.TEXT, PetitionCategory.OTHER).id());
        world.as(author, () -> world.petitions.submit(id));
        assertThrows(InvalidInputException.class, () -> world.as(moderator, () -> world.petitions.reject(id, RejectionReason.OTHER, " ")));

        PetitionWorld other = new PetitionWorld("petitions-b", Map.of());
        long foreignModerator = other.person("Чужий Модератор", Role.LOCAL_MODERATOR);
        assertThrows(ForbiddenException.class, () -> world.in(other.actor(foreignModerator), () -> world.petitions.publish(id)));

        Petition rejected = world.as(moderator, () -> world.petitions.reject(id, RejectionReason.NOT_COMMUNITY_COMPETENCE,
                "Питання належить до обласної ради."));
        assertEquals(PetitionStatus.REJECTED, rejected.status());
        assertThrows(NotFoundException.class, () -> other.in(PetitionWorld.ADMIN, () -> reading.view(id)),
                "another community's petition does not exist there");
    }

    @Test
    void communityRulesDecideWhoMayCreateAndChangesApplyToNewPetitionsOnly() {
        long stranger = world.person("Гість Громади");
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> world.as(stranger,
                () -> world.petitions.create("Заголовок", PetitionWorld.TEXT, PetitionCategory.OTHER)));
        assertEquals("petition.residents-only", refused.messageKey());
        long before = world.as(author, () -> world.petitions.create("До зміни правил", PetitionWorld.TEXT, PetitionCategory.OTHER).id());

        world.as(moderator, () -> {
            InContainer.bean(PetitionSettings.class).change(Map.of(PetitionRules.THRESHOLD, "500",
                    PetitionRules.AUTHORS, Eligibility.SIGNED_IN.name()));
            return null;
        });
        assertEquals(3, world.as(author, () -> reading.view(before)).rules().threshold(), "kept the rules it was created under");
        Petition after = world.as(stranger, () -> world.petitions.create("Після зміни правил", PetitionWorld.TEXT, PetitionCategory.OTHER));
        assertEquals(500, after.rules().threshold());
        long unfinished = world.as(stranger, () -> world.petitions.create(" ", "Замало", PetitionCategory.OTHER).id());
        assertThrows(InvalidInputException.class, () -> world.as(stranger, () -> world.petitions.submit(unfinished)),
                "an unfinished draft is kept but not submitted");
        assertThrows(InvalidInputException.class, () -> world.as(author, () -> world.petitions.create("Задовгий текст",
                "ы".repeat(5001), PetitionCategory.OTHER)), "a text over the maximum is refused");
        assertThrows(ForbiddenException.class, () -> world.as(author, () -> {
            InContainer.bean(PetitionSettings.class).change(Map.of(PetitionRules.THRESHOLD, "1"));
            return null;
        }), "residents do not change the rules");
    }

    @Test
    void theAuthorsOwnSignatureShowsHowTheAuthorSignedInNotWhatTheRulesAsk() {
        world.in(PetitionWorld.ADMIN, () -> InContainer.bean(CommunitySettings.class).change(world.community,
                Set.of("petitions"), Map.of("petitions", SignInStrength.BASIC), "Europe/Kyiv"));
        long strong = world.published(author, moderator, "Підписано сильним входом");
        assertEquals(SignInStrength.STRONG, world.as(author, () -> reading.signatories(strong, null, 10)).items().get(0).strength(),
                "the rules accept e-mail + phone, the author signed in strongly");

        Actor basicAuthor = people().actorOf(author, SignInStrength.BASIC);
        long basic = world.in(basicAuthor, () -> world.petitions.create("Підписано кодами", PetitionWorld.TEXT, PetitionCategory.OTHER).id());
        world.in(basicAuthor, () -> world.petitions.submit(basic));
        world.as(moderator, () -> world.petitions.publish(basic));
        assertEquals(SignInStrength.BASIC, world.as(author, () -> reading.signatories(basic, null, 10)).items().get(0).strength());
    }

    private static People people() {
        return InContainer.bean(People.class);
    }
}
