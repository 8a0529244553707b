package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
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
import ua.hromada.appeals.RefusalGround;
import ua.hromada.appeals.RefusalGrounds;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tool.Waiting;
import ua.hromada.it.support.InContainer;

/**
 * The secretariat's decisions through the real beans: a refusal only of an information request and
 * only on a ground in force of the community's own list, seen by the applicant, who may complain
 * with a complaint that refers to it (and to nobody else's appeal); a pause for the applicant's
 * clarification, once and before the due date, answered by the applicant only, moving the due
 * date by the working days (a request) or calendar days (an appeal) it stood, and never overdue
 * while it stands.
 */
@ExtendWith(ArquillianExtension.class)
class AppealDecisionsIT {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final String WHY = "Запитувана інформація перебуває у володінні комунального підприємства, а не ради.";
    private static final String QUESTION = "Уточніть, будь ласка, за який період потрібні дані?";
    private static final String REPLY = "За жовтень і листопад 2026 року, по кожному закладу окремо.";
    private static final String DRAFT = "Шановна Олено! Ремонт тротуару на вулиці Садовій заплановано на";
    private static final String ANSWER = "Шановна Олено! Ремонт тротуару на вулиці Садовій заплановано на квітень 2027 року.";

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("appeal-decisions-it", AppealDecisionsIT.class, AppealsWorld.class);
    }

    private AppealsWorld world;
    private AppealReading reading;
    private RefusalGrounds grounds;
    private long resident;
    private long secretary;

    @BeforeEach
    void world() {
        world = new AppealsWorld("decisions");
        reading = InContainer.bean(AppealReading.class);
        grounds = InContainer.bean(RefusalGrounds.class);
        resident = world.person("Олена Заявниця", Role.RESIDENT);
        secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
    }

    @Test
    void aRefusalCitesAGroundInForceOfTheCommunitysOwnList() {
        long held = world.as(secretary, () -> grounds.add("п. 1 ч. 1 ст. 22 — розпорядник не володіє і не зобов’язаний володіти"
                + " інформацією").id());
        long retired = world.as(secretary, () -> grounds.add("п. 3 ч. 1 ст. 22 — не оплачено фактичні витрати на копіювання").id());
        world.as(secretary, () -> grounds.retire(retired));
        assertRefused(ConflictException.class, "appeals.ground.retired", () -> world.as(secretary, () -> grounds.retire(retired)));
        assertRefused(InvalidInputException.class, "appeals.ground.taken", () -> world.as(secretary, () -> grounds.add(
                "П. 1 ч. 1 ст. 22 — розпорядник не володіє і не зобов’язаний володіти інформацією")));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> grounds.add("п. 2 ч. 1 ст. 22 —"
                + " інформація з обмеженим доступом")));
        AppealsWorld elsewhere = new AppealsWorld("decisions-other");
        long officer = elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER);
        long foreign = elsewhere.as(officer, () -> grounds.add("п. 2 ч. 1 ст. 22 — інформація з обмеженим доступом").id());
        assertThrows(NotFoundException.class, () -> world.as(secretary, () -> grounds.retire(foreign)), "not this community's");

        long request = world.file(resident, AppealKind.INFORMATION_REQUEST);
        for (Long ground : new Long[] {null, retired, foreign, 999_999_999L}) {
            assertRefused(InvalidInputException.class, "appeals.refuse.ground", () -> world.as(secretary, () -> world.appeals.refuse(
                    request, ground, WHY)));
        }
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> world.appeals.refuse(request, held,
                WHY)));
        assertRefused(InvalidInputException.class, "appeals.refuse.length", () -> world.as(secretary, () -> world.appeals.refuse(request,
                held, "бо так")));
        assertEquals(AppealStatus.REGISTERED, mine(request).appeal().status(), "nothing refused so far");
        world.as(secretary, () -> world.appeals.refuse(request, held, WHY));
        world.as(secretary, () -> grounds.reword(held, "п. 1 ч. 1 ст. 22 Закону — розпорядник не володіє інформацією (нова редакція)"));

        AppealReading.Record refused = mine(request);
        assertEquals(AppealStatus.REFUSED, refused.appeal().status(), "the applicant sees the decision");
        assertEquals("п. 1 ч. 1 ст. 22 — розпорядник не володіє і не зобов’язаний володіти інформацією", refused.appeal().refusalGround(),
                "as cited, whatever the ground says later");
        assertEquals(WHY, refused.appeal().answerText());
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.REFUSED), kinds(refused));
        assertEquals(List.of("appeals.refuse"), InContainer.auditOf("appeal", request).stream().map(AuditEntry::action).toList());
        assertEquals(List.of("appeals.ground.add", "appeals.ground.edit"), InContainer.auditOf("appeal-refusal-ground", held).stream()
                .map(AuditEntry::action).toList());
        assertTrue(InContainer.count("select count(*) from notice where person_id = ? and subject like ?", resident, "%Відмова%") == 1,
                "the applicant is told");
        assertRefused(ConflictException.class, "appeals.answer.already", () -> world.as(secretary, () -> world.appeals.refuse(request,
                held, WHY)));
        InContainer.execute("update appeal set due_at = now(6) - interval 1 day where id = ?", request);
        assertFalse(mine(request).appeal().isOverdue(Instant.now()), "a refusal settles it");
        assertEquals(0, overdue(), "a refused request is not counted overdue");
        assertEquals(List.of(held), world.as(secretary, () -> reading.activeGrounds()).stream().map(RefusalGround::id).toList(),
                "the retired ground is offered no more");
    }

    @Test
    void onlyAnInformationRequestIsRefusedThisWay() {
        long ground = world.as(secretary, () -> grounds.add("п. 4 ч. 1 ст. 22 — не дотримано вимог до запиту").id());
        for (AppealKind kind : new AppealKind[] {AppealKind.STATEMENT, AppealKind.PROPOSAL, AppealKind.COMPLAINT}) {
            long appeal = world.file(resident, kind);
            assertRefused(ConflictException.class, "appeals.refuse.not-request", () -> world.as(secretary, () -> world.appeals.refuse(
                    appeal, ground, WHY)));
            assertEquals(AppealStatus.REGISTERED, mine(appeal).appeal().status());
        }
    }

    @Test
    void aComplaintRefersToTheApplicantsRefusedRequestAndToNobodyElsesAppeal() {
        long ground = world.as(secretary, () -> grounds.add("п. 2 ч. 1 ст. 22 — інформація з обмеженим доступом").id());
        long request = world.file(resident, AppealKind.INFORMATION_REQUEST);
        world.as(secretary, () -> world.appeals.refuse(request, ground, WHY));
        long complaint = world.as(resident, () -> world.appeals.file(complaintAbout(request)).id());

        AppealReading.Record filed = mine(complaint);
        assertEquals(request, filed.appeal().previousAppealId());
        assertEquals(request, filed.previous().id(), "the complaint's page links to the request");
        assertEquals(List.of(complaint), mine(request).referring().stream().map(Appeal::id).toList(), "and the request's to the complaint");
        assertEquals(List.of(complaint), world.as(secretary, () -> reading.handled(request)).referring().stream().map(Appeal::id).toList(),
                "on the console too");

        long other = world.person("Інший Мешканець", Role.RESIDENT);
        long before = InContainer.count("select count(*) from appeal where community_id = ?", world.community);
        assertRefused(ForbiddenException.class, "appeals.not-owner", () -> world.as(other, () -> world.appeals.file(complaintAbout(request))));
        AppealsWorld elsewhere = new AppealsWorld("decisions-complaint-other");
        long stranger = elsewhere.person("Мешканка Іншої Громади", Role.RESIDENT);
        long foreign = elsewhere.file(stranger, AppealKind.INFORMATION_REQUEST);
        assertThrows(NotFoundException.class, () -> world.as(resident, () -> world.appeals.file(complaintAbout(foreign))),
                "another community's appeal");
        assertThrows(NotFoundException.class, () -> world.as(resident, () -> world.appeals.file(complaintAbout(999_999_999L))));
        assertEquals(before, InContainer.count("select count(*) from appeal where community_id = ?", world.community), "nothing filed");
    }

    @Test
    void aPausedRequestIsDueLaterByTheWorkingDaysItStoodAcrossAWeekendAndADayOff() {
        // filed on Monday 1 March 2027; the community's own day off on Monday 8 March: due Tuesday 9
        dayOff(LocalDate.of(2027, 3, 8));
        long request = at(LocalDate.of(2027, 3, 1), 10, () -> world.file(resident, AppealKind.INFORMATION_REQUEST));
        assertEquals(LocalDate.of(2027, 3, 9), dueDay(request));
        at(LocalDate.of(2027, 3, 3), 10, () -> world.as(secretary, () -> world.appeals.askClarification(request, QUESTION)));
        AppealReading.Record paused = mine(request);
        assertEquals(AppealStatus.AWAITING_CLARIFICATION, paused.appeal().status());
        assertEquals(QUESTION, paused.appeal().clarificationQuestion(), "the applicant reads the question");
        assertEquals(LocalDate.of(2027, 3, 3), paused.appeal().pausedAt().atZone(KYIV).toLocalDate());
        assertNull(paused.appeal().resumedAt());
        // replied on Tuesday 9 March: Thursday 4, Friday 5 and Tuesday 9 stood (the weekend and the day off do not count)
        at(LocalDate.of(2027, 3, 9), 11, () -> world.as(resident, () -> world.appeals.reply(request, REPLY)));
        AppealReading.Record resumed = mine(request);
        assertEquals(AppealStatus.REGISTERED, resumed.appeal().status());
        assertEquals(LocalDate.of(2027, 3, 12), dueDay(request), "3 working days later: Friday 12 March");
        assertEquals(1, InContainer.count("select count(*) from deadline where kind = 'appeals.overdue' and subject_id = ?"
                + " and done_at is null and due_at = ?", request, resumed.appeal().dueAt().plus(1, ChronoUnit.MICROS)),
                "the overdue sweeper watches the moved due date");
        assertEquals(REPLY, resumed.appeal().clarificationReply());
        assertEquals(LocalDate.of(2027, 3, 9), resumed.appeal().resumedAt().atZone(KYIV).toLocalDate(), "the span is kept");
        assertEquals(List.of(AppealEvent.Kind.FILED, AppealEvent.Kind.PAUSED, AppealEvent.Kind.RESUMED), kinds(resumed));
        assertEquals(List.of(QUESTION, REPLY), resumed.history().subList(1, 3).stream().map(AppealEvent::note).toList(),
                "the question and the reply in the history");
        assertEquals(List.of("appeals.pause", "appeals.resume"), InContainer.auditOf("appeal", request).stream().map(AuditEntry::action)
                .toList());
        assertEquals(3, InContainer.count("select count(*) from notice where person_id = ?", resident), "filed, asked, resumed");
        assertRefused(ConflictException.class, "appeals.pause.twice", () -> at(LocalDate.of(2027, 3, 10), 10, () -> world.as(secretary,
                () -> world.appeals.askClarification(request, QUESTION))));
    }

    @Test
    void aPausedAppealIsDueLaterByTheCalendarDaysItStood() {
        long appeal = at(LocalDate.of(2027, 3, 1), 10, () -> world.file(resident, AppealKind.STATEMENT));
        assertEquals(LocalDate.of(2027, 3, 31), dueDay(appeal));
        at(LocalDate.of(2027, 3, 3), 10, () -> world.as(secretary, () -> world.appeals.askClarification(appeal, QUESTION)));
        at(LocalDate.of(2027, 3, 9), 11, () -> world.as(resident, () -> world.appeals.reply(appeal, REPLY)));
        assertEquals(LocalDate.of(2027, 4, 6), dueDay(appeal), "6 calendar days later, weekends and all: Tuesday 6 April");
    }

    @Test
    void onlyTheApplicantRepliesAndOnlyWhileAsked() {
        long appeal = world.file(resident, AppealKind.COMPLAINT);
        assertRefused(ConflictException.class, "appeals.reply.not-asked", () -> world.as(resident, () -> world.appeals.reply(appeal,
                REPLY)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> world.appeals.askClarification(appeal,
                QUESTION)));
        assertRefused(InvalidInputException.class, "appeals.pause.question", () -> world.as(secretary, () -> world.appeals
                .askClarification(appeal, "Що?")));
        world.as(secretary, () -> world.appeals.askClarification(appeal, QUESTION));
        long other = world.person("Інший Мешканець", Role.RESIDENT);
        assertRefused(ForbiddenException.class, "appeals.not-owner", () -> world.as(other, () -> world.appeals.reply(appeal, REPLY)));
        assertRefused(ForbiddenException.class, "appeals.not-owner", () -> world.as(secretary, () -> world.appeals.reply(appeal, REPLY)));
        AppealsWorld elsewhere = new AppealsWorld("decisions-reply-other");
        long stranger = elsewhere.person("Мешканка Іншої Громади", Role.RESIDENT);
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> elsewhere.appeals.reply(appeal, REPLY)));
        assertRefused(InvalidInputException.class, "appeals.reply.length", () -> world.as(resident, () -> world.appeals.reply(appeal,
                "Так")));
        assertEquals(AppealStatus.AWAITING_CLARIFICATION, mine(appeal).appeal().status(), "still waiting");
        world.as(resident, () -> world.appeals.reply(appeal, REPLY));
        assertEquals(AppealStatus.REGISTERED, mine(appeal).appeal().status());
    }

    @Test
    void whilePausedItIsNeitherOverdueNorAnsweredAndAfterItsDueDateItIsNotPaused() {
        long ground = world.as(secretary, () -> grounds.add("п. 4 ч. 1 ст. 22 — не дотримано вимог до запиту").id());
        long paused = world.file(resident, AppealKind.INFORMATION_REQUEST);
        long late = world.file(resident, AppealKind.INFORMATION_REQUEST);
        world.as(secretary, () -> world.appeals.askClarification(paused, QUESTION));
        InContainer.execute("update appeal set due_at = now(6) - interval 1 day where id in (?, ?)", paused, late);
        assertFalse(mine(paused).appeal().isOverdue(Instant.now()), "its clock stands");
        assertTrue(mine(late).appeal().isOverdue(Instant.now()));
        assertEquals(1, overdue(), "only the running one is counted overdue");
        for (Runnable act : List.<Runnable>of(
                () -> world.as(secretary, () -> world.appeals.answer(paused, "Відповідь, поки заявник ще не уточнив свій запит.")),
                () -> world.as(secretary, () -> world.appeals.refuse(paused, ground, WHY)),
                () -> world.as(secretary, () -> world.appeals.extend(paused, LocalDate.now(KYIV).plusDays(10), "Потрібно більше часу."))
                )) {
            assertRefused(ConflictException.class, "appeals.paused", act);
        }
        assertRefused(ConflictException.class, "appeals.pause.overdue", () -> world.as(secretary, () -> world.appeals.askClarification(
                late, QUESTION)));
        assertEquals(AppealStatus.REGISTERED, mine(late).appeal().status());
        world.as(secretary, () -> world.appeals.refuse(late, ground, WHY));
        assertRefused(ConflictException.class, "appeals.pause.settled", () -> world.as(secretary, () -> world.appeals.askClarification(
                late, QUESTION)));
    }

    private Appeals.Filing complaintAbout(long previous) {
        return new Appeals.Filing(AppealKind.COMPLAINT, null, "Скарга на відмову за запитом", AppealsWorld.TEXT, null, false, null,
                previous);
    }

    @Test
    void anOfficialDraftsTheAnswerUnseenByTheApplicantAndSendsItLater() {
        long appeal = world.file(resident, AppealKind.STATEMENT);
        long notices = InContainer.count("select count(*) from notice where person_id = ?", resident);
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(resident, () -> world.appeals.draftAnswer(appeal, DRAFT)));
        assertRefused(InvalidInputException.class, "appeals.draft.length", () -> world.as(secretary, () -> world.appeals.draftAnswer(appeal,
                "   ")));
        AppealsWorld elsewhere = new AppealsWorld("drafts-other");
        long stranger = elsewhere.person("Чужа Секретарка", Role.SECRETARIAT_OFFICER);
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> world.appeals.draftAnswer(appeal, DRAFT)),
                "another community's official finds no such appeal");

        world.as(secretary, () -> world.appeals.draftAnswer(appeal, DRAFT));
        Appeal drafted = world.as(secretary, () -> reading.handled(appeal)).appeal();
        assertEquals(DRAFT, drafted.answerDraft());
        assertEquals(secretary, drafted.draftedById());
        assertEquals(AppealStatus.REGISTERED, mine(appeal).appeal().status(), "a draft answers nothing");
        assertNull(mine(appeal).appeal().answerText());
        assertEquals(notices, InContainer.count("select count(*) from notice where person_id = ?", resident), "the applicant is not told");
        assertEquals(List.of("appeals.draft"), InContainer.auditOf("appeal", appeal).stream().map(AuditEntry::action).toList());

        world.as(secretary, () -> world.appeals.answer(appeal, ANSWER));
        Appeal answered = world.as(secretary, () -> reading.handled(appeal)).appeal();
        assertEquals(ANSWER, answered.answerText());
        assertNull(answered.answerDraft(), "the draft went with the answer");
        assertNull(answered.draftedAt());
        assertRefused(ConflictException.class, "appeals.answer.already", () -> world.as(secretary, () -> world.appeals.draftAnswer(appeal,
                DRAFT)));
    }

    private AppealReading.Record mine(long id) {
        return world.as(resident, () -> reading.own(id));
    }

    private LocalDate dueDay(long id) {
        return mine(id).appeal().dueAt().atZone(KYIV).toLocalDate();
    }

    private long overdue() {
        return world.as(secretary, () -> reading.waiting()).stream().mapToLong(Waiting::overdue).sum();
    }

    private void dayOff(LocalDate day) {
        long moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        world.as(moderator, () -> {
            InContainer.bean(Calendars.class).addDayOff(InContainer.bean(CommunityDirectory.class).byId(world.community).orElseThrow(), day,
                    "День громади");
            return null;
        });
    }

    /** {@code work} with every bean's clock reading {@code hour}:00 of {@code day} in Kyiv onwards. */
    private static <T> T at(LocalDate day, int hour, Supplier<T> work) {
        return TimeSource.asIf(day.atTime(LocalTime.of(hour, 0)).atZone(KYIV).toInstant(), work);
    }

    private static List<AppealEvent.Kind> kinds(AppealReading.Record record) {
        return record.history().stream().map(AppealEvent::kind).toList();
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
