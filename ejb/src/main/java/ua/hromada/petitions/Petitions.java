package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.WorkingDayCalendar;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.document.Documents;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.ResidencyKind;
import ua.hromada.core.tenancy.Community;

/**
 * A petition's way from draft to response, for the current community. Each step checks who may take
 * it, refuses a step the law does not allow from the current status, records the public history and
 * (for officials' steps) the audit trail, and tells the people concerned.
 */
@Stateless
public class Petitions {
    /** Reports one person may send in a day, over all petitions and communities. */
    public static final int REPORTS_PER_DAY = 10;

    static final String OBJECT = "petition";
    static final String MODERATION_REMINDER = "petition.moderation-reminder";
    static final String COLLECTION_END = "petition.collection-end";
    private static final Duration LIMIT_PERIOD = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    Signing signing;

    @Inject
    PetitionNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Calendars calendars;

    @Inject
    Documents documents;

    @Inject
    People people;

    @Inject
    Clock clock;

    /**
     * People the community lets create petitions (residents, or anyone signed in; with the sign-in
     * strength it requires), within the per-person limit (race-free: the person's row is locked
     * before the count): a new draft under today's rules.
     */
    public Petition create(String title, String text, PetitionCategory category) {
        Community community = reading.community();
        permissions.require(PetitionAction.CREATE, community.id(), PetitionSettings.authorsFrom(community.settings()),
                community.requiredSignIn(PetitionsTool.KEY));
        Instant now = clock.instant();
        long person = Acting.current().personId();
        // the person's row is locked first, so one person's drafts at once queue and the limit holds
        em.find(Person.class, person, LockModeType.PESSIMISTIC_WRITE);
        long recent = em.createQuery("select count(p) from Petition p where p.authorId = :person and p.createdAt > :since", Long.class)
                .setParameter("person", person).setParameter("since", now.minus(LIMIT_PERIOD)).getSingleResult();
        int limit = PetitionSettings.perPersonMonthlyFrom(community.settings());
        if (recent >= limit) {
            throw new ConflictException("petition.limit", limit);
        }
        PetitionRules rules = PetitionSettings.rulesFrom(community.settings(), community.requiredSignIn(PetitionsTool.KEY));
        Petition petition = new Petition(person, em.find(Person.class, person).fullName(), title, text, category, rules, now);
        em.persist(petition);
        return petition;
    }

    /**
     * The secretariat, moderators, deputies: a download of a petition's signatory list (personal
     * data), audited with its format before the file is written.
     */
    public void signatoriesDownloaded(long id, String format) {
        Petition petition = reading.find(id);
        permissions.require(PetitionAction.EXPORT_SIGNATORIES, petition.communityId());
        audit.record(petition.communityId(), "petition.signatories.download", OBJECT, id,
                format + ", " + petition.signatureCount() + " signatures counted");
    }

    /** The author, while it is a draft: changes it (the form saves as the person types, too). */
    public Petition editDraft(long id, String title, String text, PetitionCategory category) {
        Petition petition = own(id);
        petition.editDraft(title, text, category, clock.instant());
        return petition;
    }

    /** The author: sends the draft to the moderators, who have the community's moderation period. */
    public Petition submit(long id) {
        Petition petition = own(id);
        Instant now = clock.instant();
        WorkingDayCalendar calendar = calendarFor(petition, now);
        LocalDate today = calendar.dateOf(now);
        int days = petition.rules().moderationDays();
        petition.submit(Acting.current().strength(), calendar.endOf(calendar.plusWorkingDays(today, days)), now);
        em.persist(new PetitionEvent(petition, now, null));
        // the reminder goes out as the last working day of the period begins
        deadlines.schedule(MODERATION_REMINDER, petition.id(), petition.communityId(),
                calendar.endOf(calendar.plusWorkingDays(today, days - 1)));
        notices.toAuthor(petition, "submitted.author");
        notices.toOfficials(petition, "submitted.moderators", Set.of(Role.LOCAL_MODERATOR));
        return petition;
    }

    /**
     * Moderators: publishes a submitted petition; it collects until the community's term ends (never
     * more than three calendar months), and its author's signature is the first.
     */
    public Petition publish(long id) {
        Petition petition = reading.find(id);
        permissions.require(PetitionAction.MODERATE, petition.communityId());
        Instant now = clock.instant();
        WorkingDayCalendar calendar = calendarFor(petition, now);
        LocalDate today = calendar.dateOf(now);
        LocalDate byTerm = calendar.plusCalendarDays(today, petition.rules().collectionDays());
        LocalDate byLaw = calendar.plusMonths(today, 3);
        Instant ends = calendar.endOf(byTerm.isBefore(byLaw) ? byTerm : byLaw);
        petition.publish(ends, now);
        em.persist(new PetitionEvent(petition, now, null));
        deadlines.schedule(COLLECTION_END, petition.id(), petition.communityId(), ends);
        // the author's own signature, with the residency they hold here now
        ResidencyKind residency = ResidencyKind.of(people.actorOf(petition.authorId(), petition.authorSignIn())
                .rolesIn(petition.communityId()));
        signing.insert(petition, petition.authorId(), petition.authorSignIn(), residency, now);
        audit.record(petition.communityId(), "petition.publish", OBJECT, id, petition.title() + "; collecting until " + ends);
        notices.toAuthor(petition, "published.author");
        return petition;
    }

    /** Moderators: refuses to publish, with a reason from the law's list and a note (required for OTHER). */
    public Petition reject(long id, RejectionReason reason, String note) {
        Petition petition = reading.find(id);
        permissions.require(PetitionAction.MODERATE, petition.communityId());
        Instant now = clock.instant();
        petition.reject(reason, note, now);
        em.persist(new PetitionEvent(petition, now, petition.rejectionNote()));
        audit.record(petition.communityId(), "petition.reject", OBJECT, id, reason + ": " + petition.rejectionNote());
        notices.toAuthor(petition, "rejected.author");
        return petition;
    }

    /**
     * Moderators: corrects typos in a published petition; the whole original is kept (a
     * correction row, which the petition's page announces with its date) and audited.
     */
    public Petition correct(long id, String title, String text) {
        Petition petition = reading.find(id);
        permissions.require(PetitionAction.MODERATE, petition.communityId());
        PetitionCorrection original = petition.correct(title, text, clock.instant());
        em.persist(original);
        audit.record(petition.communityId(), "petition.correct", OBJECT, id,
                "original: " + original.originalTitle() + "\n\n" + original.originalText());
        return petition;
    }

    /**
     * Secretariat officers and local moderators: publishes the official response to a petition under
     * consideration, with the signed document (PDF) if given; its author and (unless they opted
     * out) its signers are told.
     */
    public Petition answer(long id, ResponseDecision decision, String text, String documentName, InputStream document) {
        Petition petition = reading.find(id);
        permissions.require(PetitionAction.RESPOND, petition.communityId());
        Instant now = clock.instant();
        Long official = Acting.current().personId();
        String by = official == null ? Acting.current().name() : em.find(Person.class, official).fullName();
        Long documentId = document == null ? null : documents.store(documentName, document).id();
        petition.answer(decision, text, by, documentId, now);
        em.persist(new PetitionEvent(petition, now, null));
        audit.record(petition.communityId(), "petition.answer", OBJECT, id, decision + ": " + petition.title());
        notices.toAuthor(petition, "answered.author");
        notices.toSigners(petition, "answered.signer");
        return petition;
    }

    /**
     * Anyone signed in: asks the moderators to look at a public petition again; once per petition
     * (a unique key) and at most {@link #REPORTS_PER_DAY} a day. The person's row is locked first,
     * so parallel reports by one person queue and the count holds.
     */
    public void report(long id, ReportReason reason, String note) {
        Petition petition = reading.view(id);
        permissions.require(PetitionAction.REPORT, petition.communityId());
        if (!petition.status().isPublic()) {
            throw new ConflictException("petition.report.not-public", id);
        }
        long person = Acting.current().personId();
        em.find(Person.class, person, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        long already = em.createQuery("select count(r) from PetitionReport r where r.personId = :person and r.petitionId = :petition",
                Long.class).setParameter("person", person).setParameter("petition", id).getSingleResult();
        if (already > 0) {
            throw new ConflictException("petition.report.twice", id);
        }
        long today = ((Number) em.createNativeQuery("select count(*) from petition_report where person_id = ?1 and created_at > ?2")
                .setParameter(1, person).setParameter(2, now.minus(Duration.ofDays(1))).getSingleResult()).longValue();
        if (today >= REPORTS_PER_DAY) {
            throw new ConflictException("petition.report.too-many", REPORTS_PER_DAY);
        }
        em.persist(new PetitionReport(id, person, reason, note, now));
    }

    private Petition own(long id) {
        Petition petition = reading.find(id);
        permissions.requireAuthor(petition);
        return petition;
    }

    private WorkingDayCalendar calendarFor(Petition petition, Instant now) {
        Community community = em.find(Community.class, petition.communityId());
        return calendars.of(community, PetitionLifecycle.calendar(community, now));
    }
}
