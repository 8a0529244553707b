package ua.hromada.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationKind;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * Documents attached to a consultation: only PDF, at most ten, by the moderators; a draft's
 * document is not downloadable by the public (even knowing its number), a published one's is;
 * once published a document is not taken off; audited.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationDocumentsIT {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("consultation-documents-it", ConsultationDocumentsIT.class, ConsultationWorld.class,
                ConsultationWorld.Poll.class);
    }

    @Test
    void aDraftsDocumentIsTheModeratorsUntilPublicationOnlyPdfTenAtMost() {
        ConsultationWorld world = new ConsultationWorld("documents");
        long moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        long resident = world.person("Олена Мешканка", Role.RESIDENT);
        long id = world.as(moderator, () -> world.consultations.create(ConsultationKind.QUESTION, "Сквер біля школи",
                ConsultationWorld.QUESTION, ConsultationCategory.URBAN_PLANNING, Audience.RESIDENTS, null, Instant.now(),
                Instant.now().plus(Duration.ofDays(5))).id());
        assertRefused(InvalidInputException.class, "document.not-pdf", () -> world.as(moderator,
                () -> world.consultations.attach(id, "план.docx", new ByteArrayInputStream("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)))));
        assertThrows(ForbiddenException.class, () -> world.as(resident,
                () -> world.consultations.attach(id, "план.pdf", new ByteArrayInputStream(PDF))), "moderators only");
        StoredDocument plan = world.as(moderator, () -> world.consultations.attach(id, "Схема скверу.pdf", new ByteArrayInputStream(PDF)));
        String path = "/" + world.slug + "/documents/" + plan.id() + ".pdf";
        assertEquals(404, Http.get(InContainer.baseUrl(), path, "uk").statusCode(), "a draft's document is not public");

        world.as(moderator, () -> world.consultations.publish(id));
        HttpResponse<String> pdf = Http.get(InContainer.baseUrl(), path, "uk");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"), pdf.body());
        assertEquals(List.of("Схема скверу.pdf"), world.as(resident, () -> world.reading.documents(id)).stream()
                .map(StoredDocument::fileName).toList());
        assertRefused(ConflictException.class, "consultation.edit.published", () -> world.as(moderator, () -> {
            world.consultations.detach(id, plan.id());
            return null;
        }));
        for (int i = 2; i <= 10; i++) {
            int n = i;
            world.as(moderator, () -> world.consultations.attach(id, "Додаток " + n + ".pdf", new ByteArrayInputStream(PDF)));
        }
        assertRefused(InvalidInputException.class, "consultation.documents.too-many", () -> world.as(moderator,
                () -> world.consultations.attach(id, "Одинадцятий.pdf", new ByteArrayInputStream(PDF))));
        assertEquals(10, InContainer.auditOf("consultation", id).stream().map(AuditEntry::action)
                .filter("consultation.document.attach"::equals).count());
        ConsultationWorld elsewhere = new ConsultationWorld("documents-elsewhere");
        assertEquals(404, Http.get(InContainer.baseUrl(), "/" + elsewhere.slug + "/documents/" + plan.id() + ".pdf", "uk").statusCode(),
                "not through another community's address");
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
