package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.identity.Person;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;

/**
 * The moderators' side of consultations in the current community: prepare a draft, change it,
 * publish it (its end becomes a deadline the sweeper keeps); each step audited.
 */
@Stateless
public class Consultations {
    static final String OBJECT = "consultation";
    static final String END = "consultation.end";
    static final String REPORT_DUE = "consultation.report-due";
    /** Documents one consultation may hold. */
    static final int DOCUMENTS_MAX = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    ConsultationNotices notices;

    @Inject
    CommunityDirectory directory;

    @Inject
    Documents documents;

    @Inject
    Clock clock;

    /** Moderators: a new draft of its kind, its sign-in strength as the community's settings require now. */
    public Consultation create(ConsultationKind kind, String title, String description, ConsultationCategory category,
            Audience audience, ResultsShown resultsShown, Instant startsAt, Instant endsAt) {
        Community community = reading.community();
        permissions.require(ConsultationAction.MANAGE, community.id());
        Consultation consultation = new Consultation(kind, title, description, category, audience, resultsShown,
                community.requiredSignIn(ConsultationsTool.KEY), startsAt, endsAt, Acting.current().name(), clock.instant());
        em.persist(consultation);
        em.flush();
        audit.record(community.id(), "consultation.create", OBJECT, consultation.id(), describe(consultation));
        return consultation;
    }

    /** Moderators, while it is a draft: changes it. */
    public Consultation edit(long id, String title, String description, ConsultationCategory category, Audience audience,
            ResultsShown resultsShown, Instant startsAt, Instant endsAt) {
        Consultation consultation = managed(id);
        consultation.edit(title, description, category, audience, resultsShown, startsAt, endsAt, clock.instant());
        audit.record(consultation.communityId(), "consultation.edit", OBJECT, id, describe(consultation));
        return consultation;
    }

    /**
     * Moderators, while a poll is a draft: adds a question after its others (options one per
     * line; for a multiple choice the least and most picks, for a scoring the top score).
     */
    public PollQuestion addQuestion(long id, String text, QuestionType type, List<String> options, int minChoices, int maxChoices,
            int maxScore, boolean otherAllowed) {
        Consultation poll = draftPoll(id);
        List<PollQuestion> questions = reading.questions(id);
        if (questions.size() >= PollQuestion.PER_POLL) {
            throw new InvalidInputException("poll.questions.too-many", PollQuestion.PER_POLL);
        }
        int position = questions.isEmpty() ? 0 : questions.get(questions.size() - 1).position() + 1;
        PollQuestion question = new PollQuestion(id, position, text, type, options, minChoices, maxChoices, maxScore, otherAllowed);
        em.persist(question);
        em.flush();
        audit.record(poll.communityId(), "consultation.poll.question.add", OBJECT, id,
                "question " + question.id() + ", " + type + ", " + question.options().size() + " options");
        return question;
    }

    /** Moderators, while a poll is a draft: removes one of its questions. */
    public void removeQuestion(long id, long questionId) {
        Consultation poll = draftPoll(id);
        PollQuestion question = reading.questions(id).stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new NotFoundException("poll.question.not-found", questionId));
        em.remove(question);
        audit.record(poll.communityId(), "consultation.poll.question.remove", OBJECT, id, "question " + questionId);
    }

    /**
     * Moderators, until it closes: attaches a PDF (core's store checks its type and size), after
     * the documents it has; at most {@value #DOCUMENTS_MAX}.
     */
    public StoredDocument attach(long id, String fileName, InputStream content) {
        Consultation consultation = managed(id);
        if (consultation.phase(clock.instant()) == ConsultationPhase.CLOSED) {
            throw new ConflictException("consultation.closed");
        }
        int attached = reading.documents(id).size();
        if (attached >= DOCUMENTS_MAX) {
            throw new InvalidInputException("consultation.documents.too-many", DOCUMENTS_MAX);
        }
        StoredDocument document = documents.store(fileName, content);
        em.createNativeQuery("insert into consultation_document (consultation_id, document_id, community_id, position)"
                + " values (?1, ?2, ?3, ?4)").setParameter(1, id).setParameter(2, document.id()).setParameter(3, consultation.communityId())
                .setParameter(4, attached).executeUpdate();
        audit.record(consultation.communityId(), "consultation.document.attach", OBJECT, id,
                "document " + document.id() + " \"" + document.fileName() + "\", " + document.size() + " bytes");
        return document;
    }

    /** Moderators, while it is a draft: takes a document off (the stored file stays, as every stored document does). */
    public void detach(long id, long documentId) {
        Consultation consultation = managed(id);
        if (consultation.isPublic()) {
            throw new ConflictException("consultation.edit.published", id);
        }
        int removed = em.createNativeQuery("delete from consultation_document where consultation_id = ?1 and document_id = ?2")
                .setParameter(1, id).setParameter(2, documentId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("document.not-found", documentId);
        }
        audit.record(consultation.communityId(), "consultation.document.detach", OBJECT, id, "document " + documentId);
    }

    /**
     * Moderators, while a discussion is a draft: its act's text, pasted whole and split into
     * sections at its headings ({@link ActText}), replacing the sections it had.
     */
    public List<RegulationSection> setActText(long id, String text) {
        Consultation act = managed(id);
        if (!act.isDiscussion()) {
            throw new NotFoundException("consultation.not-found", id);
        }
        if (act.isPublic()) {
            throw new ConflictException("consultation.edit.published", id);
        }
        List<ActText.Section> sections = ActText.split(text);
        reading.sections(act, 1).forEach(em::remove);
        em.flush();
        List<RegulationSection> stored = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            RegulationSection section = new RegulationSection(id, 1, i, i + 1, sections.get(i));
            em.persist(section);
            stored.add(section);
        }
        audit.record(act.communityId(), "consultation.act.text", OBJECT, id, sections.size() + " sections");
        return stored;
    }

    /**
     * Moderators, while a discussion is open: publishes the act's revised version from its whole
     * text; a section titled as one of the previous version is that section changed (its stances
     * and comments stay with it), the others are new; a note says what changed.
     */
    public int revise(long id, String text, String note) {
        Consultation act = managed(id);
        List<ActText.Section> sections = ActText.split(text);
        Instant now = clock.instant();
        List<RegulationSection> previous = reading.sections(act, act.actVersion());
        int highest = reading.highestSectionKey(id);
        int version = act.revise(now);
        List<Integer> keys = ActText.keys(sections, previous, highest);
        for (int i = 0; i < sections.size(); i++) {
            em.persist(new RegulationSection(id, version, i, keys.get(i), sections.get(i)));
        }
        em.persist(new RegulationVersion(id, version, signature(), note, now));
        audit.record(act.communityId(), "consultation.act.revise", OBJECT, id, "version " + version + ", " + sections.size() + " sections");
        return version;
    }

    /**
     * Moderators: publishes a draft (a poll with one question at least, a discussion with its
     * act); it takes part from its start until its end, when the sweeper closes it.
     */
    public Consultation publish(long id) {
        Consultation consultation = managed(id);
        if (consultation.isPoll() && reading.questions(id).isEmpty()) {
            throw new InvalidInputException("poll.questions.none");
        }
        if (consultation.isDiscussion() && reading.sections(consultation, 1).isEmpty()) {
            throw new InvalidInputException("regulation.text.none");
        }
        consultation.publish(clock.instant());
        if (consultation.isDiscussion()) {
            em.persist(new RegulationVersion(id, 1, signature(), null, clock.instant()));
        }
        deadlines.schedule(END, id, consultation.communityId(), consultation.endsAt());
        audit.record(consultation.communityId(), "consultation.publish", OBJECT, id, describe(consultation));
        return consultation;
    }

    /**
     * The sweeper only ({@link ConsultationDeadlines}), at a consultation's end: closes it, its
     * report due after the community's number of days (idempotent).
     */
    public void close(long id, Instant now) {
        Consultation consultation = em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (consultation != null
                && consultation.close(now, ConsultationSettings.reportDaysFrom(communityOf(consultation).settings()))) {
            deadlines.schedule(REPORT_DUE, id, consultation.communityId(), consultation.reportDueAt());
        }
    }

    /** The sweeper only, when a report falls due: if it is still missing the moderators are told, and it is audited. */
    public void reportDue(long id, Instant now) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation != null && consultation.isReportOverdue(now)) {
            audit.record(consultation.communityId(), "consultation.report.overdue", OBJECT, id,
                    "report due " + consultation.reportDueAt() + " not published");
            notices.toModerators(consultation, "report-overdue.moderators", communityOf(consultation));
        }
    }

    /** Moderators: publishes the final report of a closed consultation that has no items to decide on. */
    public Consultation publishReport(long id, String text) {
        return publishReport(id, text, List.of());
    }

    /**
     * Moderators: publishes the final report of a closed consultation with an outcome for each of
     * its items ({@link ConsultationReading#reportItems}): every item decided once, a reason
     * where it was not taken into account as it stood.
     */
    public Consultation publishReport(long id, String text, List<ReportOutcome> outcomes) {
        Consultation consultation = managed(id);
        List<ReportOutcome.Item> items = reading.reportItems(consultation);
        Map<String, ReportOutcome> decided = new HashMap<>();
        for (ReportOutcome outcome : outcomes) {
            String at = outcome.item().kind() + ":" + outcome.item().key();
            if (items.stream().noneMatch(i -> i.kind() == outcome.item().kind() && i.key() == outcome.item().key())
                    || decided.put(at, outcome) != null) {
                throw new InvalidInputException("consultation.outcome.unknown");
            }
        }
        List<ReportOutcome> ordered = new ArrayList<>();
        for (ReportOutcome.Item item : items) {
            ReportOutcome outcome = decided.get(item.kind() + ":" + item.key());
            if (outcome == null) {
                throw new InvalidInputException("consultation.outcome.required", item.title());
            }
            ordered.add(new ReportOutcome(item, outcome.decision(), outcome.reason()).checked());
        }
        consultation.publishReport(text, signature(), clock.instant());
        for (int i = 0; i < ordered.size(); i++) {
            ReportOutcome o = ordered.get(i);
            em.createNativeQuery("insert into consultation_outcome (consultation_id, item_kind, item_key, community_id, position, title,"
                    + " outcome, reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, id).setParameter(2, o.item().kind().name())
                    .setParameter(3, o.item().key()).setParameter(4, consultation.communityId()).setParameter(5, i)
                    .setParameter(6, o.item().title()).setParameter(7, o.decision().name()).setParameter(8, o.reason() == null ? "" : o.reason()).executeUpdate();
        }
        audit.record(consultation.communityId(), "consultation.report.publish", OBJECT, id,
                consultation.reportText().length() + " characters, " + ordered.size() + " outcomes");
        return consultation;
    }

    /**
     * The sweeper's view of a consultation's community: whether or not the tool is still on there
     * (a deadline whose handler refuses stays due and fails again at every sweep).
     */
    private Community communityOf(Consultation consultation) {
        return directory.byId(consultation.communityId()).orElseThrow();
    }

    /** The current official's name, as public acts of theirs are signed. */
    private String signature() {
        Long official = Acting.current().personId();
        return official == null ? Acting.current().name() : em.find(Person.class, official).fullName();
    }

    private Consultation draftPoll(long id) {
        Consultation consultation = managed(id);
        if (!consultation.isPoll()) {
            throw new NotFoundException("consultation.not-found", id);
        }
        if (consultation.isPublic()) {
            throw new ConflictException("consultation.edit.published", id);
        }
        return consultation;
    }

    private Consultation managed(long id) {
        Consultation consultation = reading.find(id);
        permissions.require(ConsultationAction.MANAGE, consultation.communityId());
        return consultation;
    }

    private static String describe(Consultation c) {
        return "\"" + c.title() + "\", " + c.audience() + ", " + c.startsAt() + " – " + c.endsAt();
    }
}
