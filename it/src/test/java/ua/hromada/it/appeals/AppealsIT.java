package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealEvent;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.AppealStatus;
import ua.hromada.appeals.Appeals;
import ua.hromada.appeals.Departments;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.access.Actor;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.document.Upload;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.it.support.AtOnce;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.TestPhotos;

/**
 * Appeals through the real beans: registration numbers race-free and without gaps, the statutory
 * due dates on the community's calendar (its own day off counts), one's own appeal only, the
 * secretariat's routing and answer with the history the applicant reads, another community's
 * nothing; attachments (PDFs and photos, at most five, checked by content, filed with the appeal or
 * not at all) downloadable by the applicant and the secretariat only.
 */
@ExtendWith(ArquillianExtension.class)
class AppealsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("appeals-it", AppealsIT.class, AppealsWorld.class, AtOnce.class, TestPhotos.class);
    }

    private AppealsWorld world;
    private AppealReading reading;
    private long resident;
    private long secretary;

    @BeforeEach
    void world() {
        world = new AppealsWorld("appeals");
        reading = InContainer.bean(AppealReading.class);
        resident = world.person("Олена Заявниця", Role.RESIDENT);
        secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
    }

    @Test
    void tenFilingsAtOnceTakeTenNumbersAndARefusedOneTakesNone() throws Exception {
        List<Long> people = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(world.person("Заявник " + i));
        }
        List<String> numbers = AtOnce.run(10, i -> () -> world.as(people.get(i), () -> world.appeals.file(world.filing(
                AppealKind.STATEMENT)).number()));
        int year = LocalDate.now(ZoneId.of("Europe/Kyiv")).getYear();
        Set<String> expected = new HashSet<>();
        for (int serial = 1; serial <= 10; serial++) {
            expected.add(String.format("%d-%06d", year, serial));
        }
        assertEquals(expected, new HashSet<>(numbers));
        assertRefused(InvalidInputException.class, "appeals.subject.length", () -> world.as(resident, () -> world.appeals.file(
                new Appeals.Filing(AppealKind.COMPLAINT, null, "Ой", AppealsWorld.TEXT, null, false))));
        assertEquals(String.format("%d-%06d", year, 11), world.as(resident, () -> world.appeals.file(world.filing(AppealKind.PROPOSAL))
                .number()), "the refused filing left no gap");
    }

    @Test
    void anAppealIsDueIn30CalendarDaysARequestIn5WorkingDaysOnTheCommunitysCalendar() {
        ZoneId kyiv = ZoneId.of("Europe/Kyiv");
        LocalDate today = LocalDate.now(kyiv);
        Calendars calendars = InContainer.bean(Calendars.class);
        Community community = InContainer.bean(CommunityDirectory.class).byId(world.community).orElseThrow();
        // the term's last day made the community's own day off: the term ends on the next working day
        LocalDate dayOff = nextWorkingDay(today.plusDays(30), null);
        long moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        world.as(moderator, () -> {
            calendars.addDayOff(community, dayOff, "День громади");
            return null;
        });
        Appeal appeal = reading(world.file(resident, AppealKind.COMPLAINT));
        LocalDate due = nextWorkingDay(dayOff, dayOff);
        assertEquals(due, appeal.dueAt().atZone(kyiv).toLocalDate(), "30 days from " + today + ", then past the day off " + dayOff);

        Appeal request = reading(world.file(resident, AppealKind.INFORMATION_REQUEST));
        LocalDate fifth = today;
        for (int counted = 0; counted < 5; counted++) {
            fifth = nextWorkingDay(fifth.plusDays(1), dayOff);
        }
        assertEquals(fifth, request.dueAt().atZone(kyiv).toLocalDate(), "5 working days from " + today);
        assertEquals(ua.hromada.appeals.AnswerForm.ELECTRONIC, request.answerForm(), "electronic unless the person asks otherwise");
    }

    @Test
    void theSecretariatRoutesAndAnswersAndTheApplicantReadsTheWholeHistory() {
        long department = world.as(secretary, () -> InContainer.bean(Departments.class).add("Відділ благоустрою",
                "вул. Центральна, 1; тел. 0-00-00").id());
        long id = world.file(resident, AppealKind.STATEMENT);
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> world.appeals.answer(id,
                "Я сама собі відповім на це звернення, бо можу.")));
        assertRefused(InvalidInputException.class, "appeals.route.reason", () -> world.as(secretary, () -> world.appeals.route(id,
                department, "")));
        world.as(secretary, () -> world.appeals.route(id, department, "Тротуари утримує відділ благоустрою."));
        world.as(secretary, () -> world.appeals.answer(id, "Ремонт тротуару на Садовій внесено до плану робіт на квітень."));
        assertRefused(ConflictException.class, "appeals.answer.already", () -> world.as(secretary, () -> world.appeals.answer(id,
                "Друга відповідь на те саме звернення не потрібна.")));

        AppealReading.Record mine = world.as(resident, () -> reading.own(id));
        assertEquals(AppealStatus.ANSWERED, mine.appeal().status());
        assertEquals("Відділ благоустрою", mine.department());
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.ROUTED, AppealEvent.Kind.ANSWERED), mine.history().stream()
                .map(AppealEvent::kind).toList());
        assertEquals("Відділ благоустрою: Тротуари утримує відділ благоустрою.", mine.history().get(1).note());
        assertEquals(List.of("appeals.route", "appeals.answer"), InContainer.auditOf("appeal", id).stream().map(AuditEntry::action)
                .toList());
        assertEquals(1, world.as(resident, () -> reading.mine()).size());
        assertTrue(InContainer.count("select count(*) from notice where person_id = ?", resident) >= 2, "told of the number and the answer");
    }

    @Test
    void aTermIsExtendedOnceBeforeItRunsOutAndNoFurtherThanTheLawAllows() {
        ZoneId kyiv = ZoneId.of("Europe/Kyiv");
        long id = world.file(resident, AppealKind.STATEMENT);
        Appeal filed = reading(id);
        LocalDate filedDay = filed.filedAt().atZone(kyiv).toLocalDate();
        String why = "Потрібен висновок підрядника щодо стану тротуару.";
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> world.appeals.extend(id,
                filedDay.plusDays(40), why)));
        assertRefused(InvalidInputException.class, "appeals.extend.date", () -> world.as(secretary, () -> world.appeals.extend(id,
                filedDay.plusDays(46), why)));
        assertRefused(InvalidInputException.class, "appeals.extend.date", () -> world.as(secretary, () -> world.appeals.extend(id,
                filed.dueAt().atZone(kyiv).toLocalDate(), why)));
        assertRefused(InvalidInputException.class, "appeals.extend.reason", () -> world.as(secretary, () -> world.appeals.extend(id,
                filedDay.plusDays(45), "бо")));
        world.as(secretary, () -> world.appeals.extend(id, filedDay.plusDays(45), why));
        assertEquals(filedDay.plusDays(45), reading(id).dueAt().atZone(kyiv).toLocalDate(), "45 days in all, even on a day off");
        assertRefused(ConflictException.class, "appeals.extend.twice", () -> world.as(secretary, () -> world.appeals.extend(id,
                filedDay.plusDays(44), why)));
        AppealReading.Record extended = world.as(resident, () -> reading.own(id));
        assertEquals(why, extended.appeal().extensionReason());
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.EXTENDED), extended.history().stream().map(AppealEvent::kind)
                .toList());

        long request = world.file(resident, AppealKind.INFORMATION_REQUEST);
        assertRefused(InvalidInputException.class, "appeals.extend.date", () -> world.as(secretary, () -> world.appeals.extend(request,
                filedDay.plusDays(40), why)));
        InContainer.execute("update appeal set due_at = now(6) - interval 1 hour where id = ?", request);
        assertRefused(ConflictException.class, "appeals.extend.overdue", () -> world.as(secretary, () -> world.appeals.extend(request,
                filedDay.plusDays(10), why)));
    }

    @Test
    void anAppealIsItsApplicantsAndItsCommunitysOnly() {
        long id = world.file(resident, AppealKind.PROPOSAL);
        long other = world.person("Інший Мешканець", Role.RESIDENT);
        assertRefused(NotFoundException.class, "appeals.not-found", () -> world.as(other, () -> reading.own(id)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> reading.handled(id)));

        AppealsWorld elsewhere = new AppealsWorld("appeals-other");
        long officer = elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER);
        assertThrows(NotFoundException.class, () -> elsewhere.as(officer, () -> reading.handled(id)));
        assertThrows(NotFoundException.class, () -> elsewhere.as(officer, () -> elsewhere.appeals.answer(id,
                "Відповідь чужої громади на чуже звернення.")));
        assertEquals(0, elsewhere.as(officer, () -> reading.queue(new ua.hromada.core.TableQuery(0, 20, null, false, null), AppealReading.QueueFilter.all()))
                .total());
        assertEquals(AppealStatus.REGISTERED, world.as(resident, () -> reading.own(id)).appeal().status());
    }

    @Test
    void aPdfAndAPhotoGoWithTheAppealToItsApplicantAndTheSecretariatOnly() {
        long id = world.as(resident, () -> world.appeals.file(world.filing(AppealKind.COMPLAINT), List.of(upload("скарга.pdf", PDF),
                upload("IMG_0007.PNG", TestPhotos.png(80, 60)))).id());
        List<StoredDocument> attached = world.as(resident, () -> reading.own(id)).attachments();
        assertEquals(List.of("скарга.pdf", "IMG_0007.jpg"), attached.stream().map(StoredDocument::fileName).toList(),
                "in their order; the photo kept as a clean JPEG");
        assertEquals(List.of("application/pdf", "image/jpeg"), attached.stream().map(StoredDocument::contentType).toList());
        assertEquals(attached.stream().map(StoredDocument::id).toList(), world.as(secretary, () -> reading.handled(id)).attachments()
                .stream().map(StoredDocument::id).toList(), "the console lists them too");
        long other = world.person("Інший Мешканець", Role.RESIDENT);
        for (StoredDocument d : attached) {
            assertTrue(world.as(resident, () -> reading.shows(d.id())), "its applicant");
            assertTrue(world.as(secretary, () -> reading.shows(d.id())), "the secretariat");
            assertFalse(world.as(other, () -> reading.shows(d.id())), "another person");
            assertFalse(world.in(Actor.ANONYMOUS, () -> reading.shows(d.id())), "an anonymous visitor");
            String ending = d.contentType().equals("application/pdf") ? ".pdf" : ".jpg";
            assertEquals(404, Http.getBytes(InContainer.baseUrl(), "/" + world.slug + "/documents/" + d.id() + ending).statusCode(),
                    "not served to an anonymous visitor, as if it did not exist");
        }
        AppealsWorld elsewhere = new AppealsWorld("appeals-attached-other");
        long officer = elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER);
        assertFalse(elsewhere.as(officer, () -> reading.shows(attached.get(0).id())), "another community's secretariat");
    }

    @Test
    void aRefusedAttachmentFilesNothingAndASixthIsRefused() {
        byte[] text = "Це просто текст, перейменований на PDF.".getBytes(StandardCharsets.UTF_8);
        assertRefused(InvalidInputException.class, "document.not-pdf-or-photo", () -> world.as(resident, () -> world.appeals.file(
                world.filing(AppealKind.STATEMENT), List.of(upload("довідка.pdf", PDF), upload("лист.pdf", text)))));
        assertRefused(InvalidInputException.class, "appeals.attachments.too-many", () -> world.as(resident, () -> world.appeals.file(
                world.filing(AppealKind.STATEMENT), java.util.stream.IntStream.range(0, 6).mapToObj(i -> upload(i + ".pdf", PDF))
                        .toList())));
        assertEquals(0, InContainer.count("select count(*) from appeal where community_id = ?", world.community), "no appeal");
        assertEquals(0, InContainer.count("select count(*) from stored_document where community_id = ?", world.community),
                "no document, not even the PDF accepted before the refused file");
        long five = world.as(resident, () -> world.appeals.file(world.filing(AppealKind.STATEMENT), java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> upload(i + ".pdf", PDF)).toList()).id());
        assertEquals(5, world.as(resident, () -> reading.own(five)).attachments().size());
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static Upload upload(String name, byte[] content) {
        return new Upload(name, new ByteArrayInputStream(content));
    }

    private Appeal reading(long id) {
        return world.as(resident, () -> reading.own(id)).appeal();
    }

    /** The first day from {@code day} on that is no weekend, no public holiday observed as a day off and not {@code communityDayOff}. */
    private static LocalDate nextWorkingDay(LocalDate day, LocalDate communityDayOff) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() >= 6 || d.equals(communityDayOff)
                || InContainer.count("select count(*) from public_holiday where day = ? and day_off = true", d) > 0) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
