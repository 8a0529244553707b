package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.DepartmentReport;
import ua.hromada.appeals.Departments;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.document.Upload;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/**
 * The officials' public reports in the directory: the secretariat publishes a department's PDF
 * report of a year (2000 to this year; a PDF by its content) and takes it down, audited; anyone
 * downloads it; nobody else publishes, and another community's secretariat does not reach the department.
 */
@ExtendWith(ArquillianExtension.class)
class DepartmentReportsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("department-reports-it", DepartmentReportsIT.class, AppealsWorld.class);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSecretariatPublishesADepartmentsYearlyReportThatAnyoneDownloads() {
        AppealsWorld world = new AppealsWorld("department-reports");
        long secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        long resident = world.person("Олена Мешканка", Role.RESIDENT);
        Departments departments = InContainer.bean(Departments.class);
        AppealReading reading = InContainer.bean(AppealReading.class);
        long roads = world.as(secretary, () -> departments.add("Відділ доріг", "вул. Центральна, 1")).id();
        int thisYear = LocalDate.now(ZoneId.of("Europe/Kyiv")).getYear();

        assertRefused(InvalidInputException.class, "appeals.report.year", () -> world.as(secretary, () -> departments.addReport(roads,
                thisYear + 1, "Звіт про роботу відділу", pdf())));
        assertRefused(InvalidInputException.class, "appeals.report.title", () -> world.as(secretary, () -> departments.addReport(roads,
                thisYear, "Зв", pdf())));
        assertRefused(InvalidInputException.class, "document.not-pdf", () -> world.as(secretary, () -> departments.addReport(roads,
                thisYear, "Звіт про роботу відділу", new Upload("звіт.pdf", new ByteArrayInputStream("не PDF".getBytes(
                        StandardCharsets.UTF_8))))));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> departments.addReport(roads, thisYear,
                "Звіт про роботу відділу", pdf())));
        assertEquals(0, InContainer.count("select count(*) from stored_document where community_id = ?", world.community),
                "nothing refused stayed in the store");

        DepartmentReport older = world.as(secretary, () -> departments.addReport(roads, thisYear - 1, "Звіт про роботу за минулий рік",
                pdf()));
        DepartmentReport report = world.as(secretary, () -> departments.addReport(roads, thisYear, "Звіт про роботу відділу", pdf()));
        assertEquals(List.of(report.id(), older.id()), world.in(Actor.ANONYMOUS, () -> reading.reports()).get(roads).stream()
                .map(DepartmentReport::id).toList(), "newest year first");
        assertTrue(world.in(Actor.ANONYMOUS, () -> reading.shows(report.documentId())), "anyone's to download");
        assertEquals(200, Http.getBytes(InContainer.baseUrl(), "/" + world.slug + "/documents/" + report.documentId() + ".pdf")
                .statusCode());
        assertTrue(Http.get(InContainer.baseUrl(), "/" + world.slug + "/appeals", "uk").body().contains("Звіт про роботу відділу"),
                "the directory lists it");

        AppealsWorld elsewhere = new AppealsWorld("department-reports-other");
        long officer = elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER);
        assertThrows(NotFoundException.class, () -> elsewhere.as(officer, () -> departments.addReport(roads, thisYear,
                "Чужий звіт про роботу", pdf())));
        assertThrows(NotFoundException.class, () -> elsewhere.as(officer, () -> {
            departments.removeReport(report.id());
            return null;
        }));

        world.as(secretary, () -> {
            departments.removeReport(older.id());
            return null;
        });
        assertEquals(List.of(report.id()), world.in(Actor.ANONYMOUS, () -> reading.reports()).get(roads).stream()
                .map(DepartmentReport::id).toList());
        assertEquals(List.of("appeals.report.add", "appeals.report.remove"), InContainer.auditOf("appeal-department-report", older.id())
                .stream().map(AuditEntry::action).toList());
    }

    private static Upload pdf() {
        return new Upload("zvit.pdf", new ByteArrayInputStream(PDF));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
