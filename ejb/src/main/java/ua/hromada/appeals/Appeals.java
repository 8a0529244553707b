package ua.hromada.appeals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.WorkingDayCalendar;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.document.Upload;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;

/**
 * Appeals as people file them and the secretariat handles them: registration with a number and the
 * statutory due date, routing to a department with a reason the applicant sees, the answer or (an
 * information request) the refusal on a legal ground, a pause for the applicant's clarification.
 * Every official step is audited and goes into the appeal's history.
 */
@Stateless
public class Appeals {
    static final String OBJECT = "appeal";
    /** The deadline at the end of an appeal's due date: the sweeper escalates it if it is still waiting. */
    static final String OVERDUE = "appeals.overdue";
    /** Filings one person may make a minute, by form or through their token: more is a script gone wrong. */
    static final int FILINGS_PER_MINUTE = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    AppealNumbers numbers;

    @Inject
    AppealNotices notices;

    @Inject
    DepartmentStaff staff;

    @Inject
    Deadlines deadlines;

    @Inject
    RoleGrants grants;

    @Inject
    Calendars calendars;

    @Inject
    People people;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    @Inject
    RateLimits rates;

    @Inject
    Clock clock;

    /**
     * What a person files: the kind, to which department or deputy (both null: the body as a
     * whole; never both), the subject and text, and the earlier appeal of theirs it refers to (null:
     * none), e.g. the refused request a complaint is about.
     */
    public record Filing(AppealKind kind, Long departmentId, String subject, String text, AnswerForm answerForm, boolean publishable,
            Long deputyId, Long previousAppealId) {
        /** Referring to no earlier appeal. */
        public Filing(AppealKind kind, Long departmentId, String subject, String text, AnswerForm answerForm, boolean publishable,
                Long deputyId) {
            this(kind, departmentId, subject, text, answerForm, publishable, deputyId, null);
        }

        /** To a department or the body as a whole. */
        public Filing(AppealKind kind, Long departmentId, String subject, String text, AnswerForm answerForm, boolean publishable) {
            this(kind, departmentId, subject, text, answerForm, publishable, null);
        }
    }

    /** Anyone signed in: as {@link #file(Filing, List)}, without attachments. */
    public Appeal file(Filing filing) {
        return file(filing, List.of());
    }

    /**
     * Anyone signed in: registers the appeal in the current community, numbered, due by its
     * statutory term from today on the community's calendar, with up to
     * {@value Appeal#ATTACHMENTS_MAX} attachments (PDFs or photos, checked by the document store);
     * a refused attachment files nothing. The applicant is told its number. Also through the
     * person's API token of scope SUBMIT; at most {@value #FILINGS_PER_MINUTE} tries a minute (429).
     */
    public Appeal file(Filing filing, List<Upload> attachments) {
        Community community = reading.community();
        permissions.require(AppealAction.FILE, community.id());
        rates.admit("appeal.file", Acting.current().personId(), FILINGS_PER_MINUTE);
        if (attachments.size() > Appeal.ATTACHMENTS_MAX) {
            throw new InvalidInputException("appeals.attachments.too-many", Appeal.ATTACHMENTS_MAX);
        }
        if (filing.departmentId() != null) {
            reading.department(filing.departmentId());
        }
        if (filing.deputyId() != null && reading.deputies().stream().noneMatch(d -> d.personId() == filing.deputyId())) {
            throw new NotFoundException("appeals.deputy.not-found", filing.deputyId());
        }
        if (filing.previousAppealId() != null) {
            reading.ownAppeal(filing.previousAppealId()); // the person's own, in this community
        }
        return register(community, Acting.current().personId(), filing, null, attachments);
    }

    /**
     * Core's hand-over (through the manifest's desk), in its transaction: a matter another tool
     * could not settle (a petition that did not gather its signatures) becomes its author's proposal
     * to the body as a whole, on its own clock, its history naming where it came from.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Appeal fromHandOver(long communityId, long authorPersonId, String title, String text, String sourceLink) {
        Community community = reading.community();
        if (community.id() != communityId) {
            throw new IllegalStateException("a hand-over of community " + communityId + " in " + community.id());
        }
        String body = text.strip() + "\n\n" + sourceLink;
        Filing filing = new Filing(AppealKind.PROPOSAL, null, clipped(title, Appeal.SUBJECT_MAX), clipped(body, Appeal.TEXT_MAX), null,
                false);
        return register(community, authorPersonId, filing, sourceLink, List.of());
    }

    private Appeal register(Community community, long applicant, Filing filing, String source, List<Upload> attachments) {
        Instant now = clock.instant();
        WorkingDayCalendar calendar = calendars.of(community, now.atZone(community.zone()).toLocalDate());
        int year = calendar.dateOf(now).getYear();
        if (filing.kind() == null) {
            throw new InvalidInputException("appeals.kind.required");
        }
        Instant due = AppealTerms.dueAt(filing.kind(), now, calendar, AppealSettings.termsFrom(community.settings()));
        // the content is checked before a number is taken
        new Appeal("-", filing.kind(), filing.departmentId(), filing.deputyId(), applicant, "-", filing.subject(), filing.text(), filing.answerForm(),
                filing.publishable(), now, due);
        numbers.open(community.id(), year);
        String name = people.holdOpen(applicant);
        Appeal appeal = new Appeal(numbers.next(community.id(), year), filing.kind(), filing.departmentId(), filing.deputyId(), applicant, name,
                filing.subject(), filing.text(), filing.answerForm(), filing.publishable(), now, due);
        if (source != null) {
            appeal.handedOverFrom(source);
        }
        if (filing.previousAppealId() != null) {
            appeal.referTo(filing.previousAppealId());
        }
        em.persist(appeal);
        em.flush();
        em.persist(new AppealEvent(appeal.id(), AppealEvent.Kind.FILED, source, now));
        watchDue(appeal);
        for (int position = 0; position < attachments.size(); position++) {
            Upload upload = attachments.get(position);
            StoredDocument document = documents.store(upload.fileName(), upload.content(), EnumSet.of(DocumentKind.PDF, DocumentKind.PHOTO));
            em.createNativeQuery("insert into appeal_attachment (appeal_id, document_id, position, community_id) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, appeal.id()).setParameter(2, document.id()).setParameter(3, position + 1)
                    .setParameter(4, community.id()).executeUpdate();
        }
        notices.tellApplicant(community, appeal, "filed");
        return appeal;
    }

    private static String clipped(String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }

    /** The secretariat: sends the appeal to another department (or the body as a whole) with a reason the applicant sees. */
    public Appeal route(long appealId, Long departmentId, String reason) {
        permissions.require(AppealAction.HANDLE, reading.community().id());
        Appeal appeal = handled(appealId);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > AppealEvent.NOTE_MAX) {
            throw new InvalidInputException("appeals.route.reason", 5, AppealEvent.NOTE_MAX);
        }
        String to = departmentId == null ? null : reading.department(departmentId).name();
        Instant now = clock.instant();
        appeal.routeTo(departmentId, now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.ROUTED, (to == null ? "" : to + ": ") + why, now));
        audit.record(appeal.communityId(), "appeals.route", OBJECT, appealId, appeal.number() + " to " + (to == null ? "the body" : to));
        return appeal;
    }

    /**
     * The secretariat or the head of the appeal's department: gives it to one of the department's
     * staff to work; audited and in its history (without the executor's name, which is the body's).
     */
    public Appeal assign(long appealId, long executorId) {
        Community community = reading.community();
        permissions.require(AppealAction.ASSIGN, community.id());
        Appeal appeal = handled(appealId);
        if (!permissions.reach(community.id()).assigns(appeal)) {
            throw new ForbiddenException("appeals.assign.not-head");
        }
        if (appeal.departmentId() == null || !staff.isIn(appeal.departmentId(), executorId)) {
            throw new InvalidInputException("appeals.assign.not-staff");
        }
        Instant now = clock.instant();
        appeal.assignTo(executorId, now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.ASSIGNED, null, now));
        audit.record(community.id(), "appeals.assign", OBJECT, appealId, appeal.number() + " to person " + executorId);
        return appeal;
    }

    /**
     * Officials within their reach: extends the term once, before it runs out, to {@code newDueDay} (at most 45
     * days from filing for an appeal, 20 working days for a request), with a reason the applicant
     * reads; the applicant is told.
     */
    public Appeal extend(long appealId, LocalDate newDueDay, String reason) {
        Appeal appeal = handled(appealId);
        if (newDueDay == null) {
            throw new InvalidInputException("appeals.extend.date");
        }
        Community community = reading.community();
        WorkingDayCalendar calendar = calendars.of(community, appeal.filedAt().atZone(community.zone()).toLocalDate());
        Instant now = clock.instant();
        appeal.extendTo(calendar.endOf(newDueDay), AppealTerms.latestExtension(appeal.kind(), appeal.filedAt(), appeal.pausedAt(),
                appeal.resumedAt(), calendar), reason, now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.EXTENDED, appeal.extensionReason(), now));
        watchDue(appeal);
        audit.record(appeal.communityId(), "appeals.extend", OBJECT, appealId, appeal.number() + " to " + newDueDay);
        notices.tellApplicant(community, appeal, "extended");
        return appeal;
    }

    /**
     * Officials within their reach: the appeal needs no further study, so it is due within 15
     * days of its arrival (once, before any extension); the applicant is told.
     */
    public Appeal needsNoFurtherStudy(long appealId) {
        Appeal appeal = handled(appealId);
        Community community = reading.community();
        WorkingDayCalendar calendar = calendars.of(community, appeal.filedAt().atZone(community.zone()).toLocalDate());
        Instant now = clock.instant();
        appeal.needsNoFurtherStudy(AppealTerms.noFurtherStudyDueAt(appeal.filedAt(), calendar), now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.NO_FURTHER_STUDY, null, now));
        watchDue(appeal);
        audit.record(appeal.communityId(), "appeals.shorten", OBJECT, appealId, appeal.number() + " due " + appeal.dueAt());
        notices.tellApplicant(community, appeal, "shortened");
        return appeal;
    }

    /** Officials within their reach: the answer, once, as text alone; the applicant is told. */
    public Appeal answer(long appealId, String answer) {
        return answer(appealId, answer, null);
    }

    /**
     * Officials within their reach: the answer, once, with the letter they signed (a PDF, checked
     * by the document store; null for none); the applicant is told.
     */
    public Appeal answer(long appealId, String answer, Upload signedLetter) {
        Appeal appeal = handled(appealId);
        Instant now = clock.instant();
        boolean late = appeal.isOverdue(now);
        Long letter = signedLetter == null ? null
                : documents.store(signedLetter.fileName(), signedLetter.content(), EnumSet.of(DocumentKind.PDF)).id();
        appeal.answer(answer, Acting.current().name(), letter, now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.ANSWERED, null, now));
        audit.record(appeal.communityId(), "appeals.answer", OBJECT, appealId, appeal.number() + (late ? " (after its due date)" : ""));
        notices.tellApplicant(reading.community(), appeal, "answered");
        return appeal;
    }

    /**
     * Officials within their reach: keeps the answer they are writing, to send later (they or a
     * colleague); the applicant sees nothing of it and is not told.
     */
    public Appeal draftAnswer(long appealId, String draft) {
        Appeal appeal = handled(appealId);
        appeal.draftAnswer(draft, Acting.current().personId(), clock.instant());
        audit.record(appeal.communityId(), "appeals.draft", OBJECT, appealId, appeal.number());
        return appeal;
    }

    /**
     * Officials within their reach: refuses an information request, once, while it waits, citing one of the
     * community's grounds in force, with an explanation; a decision the applicant reads on the
     * request's page with the way to appeal it, and is told of.
     */
    public Appeal refuse(long appealId, Long groundId, String explanation) {
        Appeal appeal = handled(appealId);
        if (!appeal.kind().isInformationRequest()) {
            throw new ConflictException("appeals.refuse.not-request", appealId);
        }
        RefusalGround ground = reading.citable(groundId);
        Instant now = clock.instant();
        appeal.refuse(ground, explanation, Acting.current().name(), now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.REFUSED, ground.wording(), now));
        audit.record(appeal.communityId(), "appeals.refuse", OBJECT, appealId, appeal.number() + " on ground " + ground.id());
        notices.tellApplicant(reading.community(), appeal, "refused");
        return appeal;
    }

    /**
     * Officials within their reach: asks the applicant {@code question} and stops the clock until
     * they reply; once an appeal, before its due date (the overdue sweeper passes it by meanwhile).
     * The applicant is told.
     */
    public Appeal askClarification(long appealId, String question) {
        Appeal appeal = handled(appealId);
        Instant now = clock.instant();
        appeal.pause(question, now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.PAUSED, appeal.clarificationQuestion(), now));
        audit.record(appeal.communityId(), "appeals.pause", OBJECT, appealId, appeal.number());
        notices.tellApplicant(reading.community(), appeal, "paused");
        return appeal;
    }

    /**
     * The applicant only: their reply to the question; the clock runs again, the due date later by
     * the days it stood (calendar days for an appeal, the community's working days for a request).
     */
    public Appeal reply(long appealId, String reply) {
        Community community = reading.community();
        Appeal appeal = applicants(AppealAction.REPLY, appealId);
        if (!appeal.isPaused()) {
            throw new ConflictException("appeals.reply.not-asked", appealId);
        }
        Instant now = clock.instant();
        WorkingDayCalendar calendar = calendars.of(community, appeal.pausedAt().atZone(community.zone()).toLocalDate());
        appeal.resume(reply, AppealTerms.dueAfterPause(appeal.kind(), appeal.dueAt(), appeal.pausedAt(), now, calendar), now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.RESUMED, appeal.clarificationReply(), now));
        watchDue(appeal);
        audit.record(appeal.communityId(), "appeals.resume", OBJECT, appealId, appeal.number() + " due "
                + calendar.dateOf(appeal.dueAt()));
        notices.tellApplicant(community, appeal, "resumed");
        return appeal;
    }

    /** The applicant: rates the answer or refusal they got, once (in the appeal's history; the console shows it). */
    public Appeal rate(long appealId, AnswerRating rating) {
        Appeal appeal = applicants(AppealAction.RATE, appealId);
        Instant now = clock.instant();
        appeal.rate(rating, now);
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.RATED, null, now));
        return appeal;
    }

    /** The appeal, locked, for its applicant's {@code action} (404 for another community's, 403 for another person's). */
    private Appeal applicants(AppealAction action, long appealId) {
        Community community = reading.community();
        Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || !appeal.communityId().equals(community.id())) {
            throw new NotFoundException("appeals.not-found", appealId);
        }
        permissions.requireApplicant(action, appeal);
        return appeal;
    }

    /**
     * The deadline sweeper, at the end of the due date: an appeal still waiting is escalated once:
     * its history says so, and its department's heads (the secretariat where it has none) are told.
     * A due date moved later since (an extension) moves the deadline instead.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void escalateIfOverdue(long appealId, Instant now) {
        Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || appeal.status() != AppealStatus.REGISTERED) {
            return;
        }
        if (!appeal.isOverdue(now)) {
            watchDue(appeal);
            return;
        }
        Community community;
        try {
            community = reading.community();
        } catch (NotFoundException switchedOff) {
            return; // the community switched the tool off since: nobody works its queue to be told
        }
        if (!appeal.escalate(now)) {
            return;
        }
        List<Long> heads = appeal.departmentId() == null ? List.of() : staff.heads(appeal.departmentId());
        List<Long> told = heads.isEmpty() ? grants.holderIds(community.id(), Set.of(Role.SECRETARIAT_OFFICER)) : heads;
        em.persist(new AppealEvent(appealId, AppealEvent.Kind.ESCALATED, null, now));
        for (long official : told) {
            notices.tellOfficial(official, community, appeal, "overdue");
        }
        audit.record(community.id(), "appeals.escalate", OBJECT, appealId, appeal.number() + " to " + told.size()
                + (heads.isEmpty() ? " secretariat officer(s)" : " head(s)"));
    }

    /** The deadline just after the due date's end (the sweeper finds it overdue then), set or moved. */
    private void watchDue(Appeal appeal) {
        deadlines.schedule(OVERDUE, appeal.id(), appeal.communityId(), appeal.dueAt().plus(1, ChronoUnit.MICROS));
    }

    /** The appeal, locked, for an official whose reach covers it (404 for any other: they do not learn it exists). */
    private Appeal handled(long appealId) {
        Community community = reading.community();
        permissions.require(AppealAction.WORK, community.id());
        Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || !appeal.communityId().equals(community.id())) {
            throw new NotFoundException("appeals.not-found", appealId);
        }
        permissions.requireReach(appeal);
        return appeal;
    }
}
