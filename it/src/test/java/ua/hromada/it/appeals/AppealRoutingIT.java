package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import ua.hromada.appeals.Appeals;
import ua.hromada.appeals.DepartmentStaff;
import ua.hromada.appeals.Departments;
import ua.hromada.core.ConflictException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.document.Upload;
import ua.hromada.core.tool.Statistic;
import ua.hromada.it.support.InContainer;

/**
 * Who reaches which appeal: the secretariat every one of its community, a department's staff
 * those routed to their department (re-routing moves them), a deputy those addressed to them,
 * another community nothing; a department's head assigns within it; the deadline sweeper escalates
 * an overdue appeal once to its department's heads (the secretariat where it has none), a moved
 * due date moves the deadline, and the public directory counts the overdue per department.
 */
@ExtendWith(ArquillianExtension.class)
class AppealRoutingIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("appeal-routing-it", AppealRoutingIT.class, AppealsWorld.class);
    }

    private static final TableQuery FIRST_PAGE = new TableQuery(0, 50, null, false, null);

    private AppealsWorld world;
    private AppealReading reading;
    private DepartmentStaff staff;
    private long resident;
    private long secretary;
    private long roads;
    private long schools;
    private long roadsHead;
    private long roadsExecutor;
    private long schoolsExecutor;
    private long deputy;

    @BeforeEach
    void world() {
        world = new AppealsWorld("appeal-routing");
        reading = InContainer.bean(AppealReading.class);
        staff = InContainer.bean(DepartmentStaff.class);
        resident = world.person("Олена Заявниця", Role.RESIDENT);
        secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        Departments departments = InContainer.bean(Departments.class);
        roads = world.as(secretary, () -> departments.add("Відділ доріг", "вул. Центральна, 1")).id();
        schools = world.as(secretary, () -> departments.add("Управління освіти", "вул. Шкільна, 2")).id();
        roadsHead = world.person("Роман Керівник", Role.DEPARTMENT_EXECUTOR);
        roadsExecutor = world.person("Ігор Виконавець", Role.DEPARTMENT_EXECUTOR);
        schoolsExecutor = world.person("Ліна Освітянка", Role.DEPARTMENT_EXECUTOR);
        deputy = world.person("Оксана Депутатка", Role.DEPUTY);
        world.as(secretary, () -> {
            staff.put(roads, roadsHead, true);
            staff.put(roads, roadsExecutor, false);
            staff.put(schools, schoolsExecutor, false);
            return null;
        });
    }

    @Test
    void anExecutorReachesOnlyTheirDepartmentsAppealsADeputyOnlyTheirOwnAnotherCommunityNothing() {
        long toRoads = file(roads, null);
        long toSchools = file(schools, null);
        long toDeputy = file(null, deputy);
        long toBody = file(null, null);
        long otherDeputy = world.person("Інший Депутат", Role.DEPUTY);
        long idle = world.person("Без Підрозділу", Role.DEPARTMENT_EXECUTOR);

        assertEquals(Set.of(toRoads, toSchools, toDeputy, toBody), queue(secretary), "the secretariat: every one");
        assertEquals(Set.of(toSchools), world.as(secretary, () -> ids(reading.queue(FIRST_PAGE, new AppealReading.QueueFilter(null, null,
                schools, false, null)).rows())), "filtered by department");
        assertEquals(Set.of(toRoads), queue(roadsExecutor));
        assertEquals(Set.of(toSchools), queue(schoolsExecutor));
        assertEquals(Set.of(toDeputy), queue(deputy));
        assertEquals(Set.of(), queue(otherDeputy));
        assertEquals(Set.of(), queue(idle), "the role without a department reaches nothing");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> reading.queue(FIRST_PAGE,
                AppealReading.QueueFilter.waiting())));

        // outside one's reach an appeal does not exist: not read, not answered, not extended
        assertThrows(NotFoundException.class, () -> world.as(roadsExecutor, () -> reading.handled(toSchools)));
        assertThrows(NotFoundException.class, () -> world.as(roadsExecutor, () -> world.appeals.answer(toDeputy, ANSWER)));
        assertThrows(NotFoundException.class, () -> world.as(deputy, () -> reading.handled(toRoads)));
        assertThrows(NotFoundException.class, () -> world.as(otherDeputy, () -> world.appeals.answer(toDeputy, ANSWER)));
        assertEquals("Оксана Депутатка", world.as(deputy, () -> reading.handled(toDeputy)).deputy());
        world.as(deputy, () -> world.appeals.answer(toDeputy, ANSWER));
        world.as(roadsExecutor, () -> world.appeals.answer(toRoads, ANSWER));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(roadsExecutor, () -> world.appeals.route(toSchools,
                roads, "Це справа доріг, а не освіти.")));

        // the secretariat re-routes: the appeal leaves one department's reach for the other's
        world.as(secretary, () -> world.appeals.route(toSchools, roads, "Шкільний двір ремонтує відділ доріг."));
        assertEquals(Set.of(), queue(schoolsExecutor));
        assertThrows(NotFoundException.class, () -> world.as(schoolsExecutor, () -> reading.handled(toSchools)));
        assertEquals(toSchools, world.as(roadsExecutor, () -> reading.handled(toSchools)).appeal().id());
        long toDeputyWaiting = file(null, deputy);
        assertRefused(ConflictException.class, "appeals.route.deputy", () -> world.as(secretary, () -> world.appeals.route(toDeputyWaiting,
                roads, "Передаємо депутатське звернення.")));

        AppealsWorld elsewhere = new AppealsWorld("appeal-routing-other");
        long foreign = elsewhere.person("Чужий Виконавець", Role.SECRETARIAT_OFFICER, Role.DEPARTMENT_EXECUTOR, Role.DEPUTY);
        assertEquals(Set.of(), elsewhere.as(foreign, () -> reading.queue(FIRST_PAGE, AppealReading.QueueFilter.all()).rows().stream()
                .map(Appeal::id).collect(Collectors.toSet())));
        assertThrows(NotFoundException.class, () -> elsewhere.as(foreign, () -> reading.handled(toRoads)));
    }

    @Test
    void aPersonAddressesADeputyOfTheCommunityOrADepartmentNeverBoth() {
        long notDeputy = world.person("Просто Мешканець", Role.RESIDENT);
        assertRefused(NotFoundException.class, "appeals.deputy.not-found", () -> file(null, notDeputy));
        assertRefused(InvalidInputException.class, "appeals.addressee.one", () -> file(roads, deputy));
        assertEquals(List.of("Оксана Депутатка"), world.as(resident, () -> reading.deputies()).stream().map(AppealReading.Deputy::name)
                .toList());
    }

    @Test
    void theDepartmentsHeadAssignsWithinItsStaffAndTheSecretariatKeepsTheStaff() {
        long toRoads = file(roads, null);
        assertRefused(ForbiddenException.class, "appeals.assign.not-head", () -> world.as(roadsExecutor, () -> world.appeals.assign(
                toRoads, roadsExecutor)));
        assertRefused(InvalidInputException.class, "appeals.assign.not-staff", () -> world.as(roadsHead, () -> world.appeals.assign(
                toRoads, schoolsExecutor)));
        world.as(roadsHead, () -> world.appeals.assign(toRoads, roadsExecutor));
        AppealReading.Record assigned = world.as(roadsExecutor, () -> reading.handled(toRoads));
        assertEquals("Ігор Виконавець", assigned.executor());
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.ASSIGNED), assigned.history().stream().map(AppealEvent::kind)
                .toList());
        assertEquals(Set.of(toRoads), world.as(roadsExecutor, () -> ids(reading.queue(FIRST_PAGE, new AppealReading.QueueFilter(null,
                null, null, false, roadsExecutor)).rows())), "assigned to me");
        assertEquals(Set.of(), world.as(roadsHead, () -> ids(reading.queue(FIRST_PAGE, new AppealReading.QueueFilter(null, null, null,
                false, roadsHead)).rows())));
        assertEquals(List.of("appeals.assign"), InContainer.auditOf("appeal", toRoads).stream().map(AuditEntry::action).toList());

        // the secretariat keeps the staff: only holders of the executor role; a head sees the staff, an executor does not
        long resident2 = world.person("Не Виконавець", Role.RESIDENT);
        assertRefused(InvalidInputException.class, "appeals.staff.not-executor", () -> world.as(secretary, () -> {
            staff.put(roads, resident2, false);
            return null;
        }));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(roadsHead, () -> {
            staff.put(roads, schoolsExecutor, false);
            return null;
        }));
        assertEquals(List.of("Роман Керівник", "Ігор Виконавець"), world.as(roadsHead, () -> staff.members(roads)).stream()
                .map(DepartmentStaff.Member::name).toList(), "the head first");
        assertEquals(List.of("Роман Керівник"), world.in(ua.hromada.core.access.Actor.ANONYMOUS, () -> reading.heads()).get(roads),
                "the public directory names the head");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(roadsExecutor, () -> staff.members(roads)));
        world.as(secretary, () -> {
            staff.remove(roads, roadsExecutor);
            return null;
        });
        assertNull(world.as(secretary, () -> reading.handled(toRoads)).appeal().executorId(), "what they were given stays with the department");
        assertThrows(NotFoundException.class, () -> world.as(roadsExecutor, () -> reading.handled(toRoads)));
        assertEquals(4, InContainer.count("select count(*) from audit_entry where community_id = ? and action in ('appeals.staff.put',"
                + " 'appeals.staff.remove')", world.community), "three put, one removed");
    }

    @Test
    void theSweeperEscalatesAnOverdueAppealOnceToItsDepartmentsHeadsOrTheSecretariat() {
        long toRoads = file(roads, null);
        long toBody = file(null, null);
        long extended = file(roads, null);
        Appeal filed = world.as(secretary, () -> reading.handled(toRoads)).appeal();
        Instant oldDue = world.as(secretary, () -> reading.handled(extended)).appeal().dueAt();
        world.as(secretary, () -> world.appeals.extend(extended, oldDue.atZone(java.time.ZoneId.of("Europe/Kyiv")).toLocalDate()
                .plusDays(10), "Потрібен висновок підрядника щодо стану дороги."));
        long headNotices = notices(roadsHead);
        long secretaryNotices = notices(secretary);

        DeadlineProcessing sweeper = InContainer.bean(DeadlineProcessing.class);
        Instant afterDue = filed.dueAt().plus(Duration.ofHours(1));
        world.in(AppealsWorld.ADMIN, () -> sweeper.sweep(afterDue, 500));
        world.in(AppealsWorld.ADMIN, () -> sweeper.sweep(afterDue.plus(Duration.ofMinutes(5)), 500));

        AppealReading.Record escalated = world.as(roadsHead, () -> reading.handled(toRoads));
        assertNotNull(escalated.appeal().escalatedAt());
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.ESCALATED), escalated.history().stream().map(AppealEvent::kind)
                .toList(), "once, though swept twice");
        assertEquals(headNotices + 1, notices(roadsHead), "the department's head is told once");
        assertEquals(0, notices(roadsExecutor), "its executors are not");
        assertEquals(secretaryNotices + 1, notices(secretary), "the body's appeal: the secretariat is told");
        assertNotNull(world.as(secretary, () -> reading.handled(toBody)).appeal().escalatedAt());
        assertEquals(List.of("appeals.escalate"), InContainer.auditOf("appeal", toRoads).stream().map(AuditEntry::action).toList());

        // the extended one was not overdue then: its deadline moved to the new due date
        assertNull(world.as(secretary, () -> reading.handled(extended)).appeal().escalatedAt());
        Instant newDue = world.as(secretary, () -> reading.handled(extended)).appeal().dueAt();
        assertEquals(1, InContainer.count("select count(*) from deadline where kind = 'appeals.overdue' and subject_id = ?"
                + " and done_at is null and due_at = ?", extended, newDue.plus(1, ChronoUnit.MICROS)));
    }

    @Test
    void theExecutorsSignedLetterGoesWithTheAnswerToTheApplicantAndTheReachOnly() {
        long toRoads = file(roads, null);
        byte[] notPdf = "Це не PDF, а текст.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertRefused(InvalidInputException.class, "document.not-pdf", () -> world.as(roadsExecutor, () -> world.appeals.answer(toRoads,
                ANSWER, new Upload("відповідь.pdf", new java.io.ByteArrayInputStream(notPdf)))));
        assertNull(world.as(roadsExecutor, () -> reading.handled(toRoads)).appeal().answeredAt(), "a refused letter answers nothing");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        world.as(roadsExecutor, () -> world.appeals.answer(toRoads, ANSWER, new Upload("лист-відповідь.pdf",
                new java.io.ByteArrayInputStream(pdf))));
        long letter = world.as(resident, () -> reading.own(toRoads)).appeal().answerDocumentId();
        assertEquals(true, world.as(resident, () -> reading.shows(letter)), "the applicant");
        assertEquals(true, world.as(roadsHead, () -> reading.shows(letter)), "the department's staff");
        assertEquals(true, world.as(secretary, () -> reading.shows(letter)), "the secretariat");
        assertEquals(false, world.as(schoolsExecutor, () -> reading.shows(letter)), "another department's executor");
        assertEquals(false, world.in(ua.hromada.core.access.Actor.ANONYMOUS, () -> reading.shows(letter)), "anyone else");
    }

    @Test
    void theDirectoryCountsTheOverdueAppealsOfEachDepartmentPublicly() {
        long late = file(roads, null);
        file(roads, null);
        long lateToBody = file(null, null);
        InContainer.execute("update appeal set due_at = now(6) - interval 1 day where id in (?, ?)", late, lateToBody);
        Map<Long, Long> overdue = world.in(ua.hromada.core.access.Actor.ANONYMOUS, () -> reading.overdueByDepartment());
        assertEquals(Map.of(roads, 1L, 0L, 1L), overdue);
        long counted = world.in(ua.hromada.core.access.Actor.ANONYMOUS, () -> reading.statistics(world.community)).stream()
                .filter(s -> s.name().equals("overdue")).mapToLong(Statistic::value).sum();
        assertEquals(2, counted);
    }

    private static final String ANSWER = "Ремонт внесено до плану робіт на квітень; про початок повідомимо.";

    private long file(Long department, Long toDeputy) {
        return world.as(resident, () -> world.appeals.file(new Appeals.Filing(AppealKind.STATEMENT, department, "Ремонт дороги на Садовій",
                AppealsWorld.TEXT, null, false, toDeputy)).id());
    }

    private Set<Long> queue(long official) {
        return world.as(official, () -> ids(reading.queue(FIRST_PAGE, AppealReading.QueueFilter.waiting()).rows()));
    }

    private static Set<Long> ids(List<Appeal> rows) {
        return rows.stream().map(Appeal::id).collect(Collectors.toSet());
    }

    private static long notices(long person) {
        return InContainer.count("select count(*) from notice where person_id = ?", person);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
