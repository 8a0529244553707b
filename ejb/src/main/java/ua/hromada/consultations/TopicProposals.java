package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.tenancy.Community;

/**
 * Topics residents propose for a consultation in the current community, and the moderators'
 * decision on each: accepted into a new draft consultation, or rejected with a reason; the proposer
 * is told either way, and the decision is audited.
 */
@Stateless
public class TopicProposals {
    /** Proposals one person may make in a community in 30 days. */
    static final int PER_MONTH = 5;
    static final String OBJECT = "consultation_proposal";
    private static final Duration LIMIT_PERIOD = Duration.ofDays(30);
    /** How long an accepted proposal's draft runs by default, from tomorrow: the moderator sets the real dates. */
    private static final Duration DRAFT_RUN = Duration.ofDays(30);
    private static final ConsoleTable<TopicProposal> QUEUE = ConsoleTable.of(TopicProposal.class, "p", "p.status = :proposed")
            .parameter("proposed", TopicProposal.Status.PROPOSED).search("p.title", "p.authorName")
            .sort("received", "p.createdAt").sort("title", "p.title").build();

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    Consultations consultations;

    @Inject
    ConsultationNotices notices;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Residents (verified; declared where the settings say): proposes a topic, within the per-person
     * limit (race-free: the person's row is locked before the count).
     */
    public TopicProposal propose(String title, String text) {
        Community community = reading.community();
        permissions.requireResident(ConsultationAction.PROPOSE, community);
        long person = Acting.current().personId();
        // the person's row is locked first, so one person's proposals at once queue and the limit holds
        em.find(Person.class, person, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        long recent = em.createQuery("select count(p) from TopicProposal p where p.authorId = :person and p.createdAt > :since", Long.class)
                .setParameter("person", person).setParameter("since", now.minus(LIMIT_PERIOD)).getSingleResult();
        if (recent >= PER_MONTH) {
            throw new ConflictException("consultation.proposal.limit", PER_MONTH);
        }
        TopicProposal proposal = new TopicProposal(person, people.holdOpen(person), title, text, now);
        em.persist(proposal);
        return proposal;
    }

    /** The signed-in person: their proposals in this community, newest first, with the decisions. */
    public List<TopicProposal> mine() {
        reading.community();
        Long person = Acting.current().personId();
        return person == null ? List.of() : em.createNamedQuery(TopicProposal.OF_AUTHOR, TopicProposal.class)
                .setParameter("author", person).setMaxResults(50).getResultList();
    }

    /** Moderators: the proposals waiting for a decision, oldest first. */
    public TableRows<TopicProposal> queue(TableQuery query) {
        permissions.require(ConsultationAction.MANAGE, reading.community().id());
        return QUEUE.fetch(em, query);
    }

    /** Moderators: one proposal, decided or not. */
    public TopicProposal find(long id) {
        long community = reading.community().id();
        permissions.require(ConsultationAction.MANAGE, community);
        TopicProposal proposal = em.find(TopicProposal.class, id);
        if (proposal == null || !proposal.communityId().equals(community)) {
            throw new NotFoundException("consultation.proposal.not-found", id);
        }
        return proposal;
    }

    /**
     * Moderators: takes the proposal into a new draft consultation with its title and text (for
     * residents, from tomorrow for thirty days, to be completed before publication); the proposer is told.
     */
    public Consultation accept(long id) {
        TopicProposal proposal = find(id);
        Instant now = clock.instant();
        Instant starts = now.plus(Duration.ofDays(1));
        Consultation draft = consultations.create(ConsultationKind.QUESTION, proposal.title(), proposal.text(),
                ConsultationCategory.OTHER, Audience.RESIDENTS, null, starts, starts.plus(DRAFT_RUN));
        proposal.accept(draft.id(), Acting.current().name(), now);
        audit.record(proposal.communityId(), "consultation.proposal.accept", OBJECT, id, "draft consultation " + draft.id());
        notices.toProposer(proposal, "proposal-accepted.author", reading.community());
        return draft;
    }

    /** Moderators: rejects the proposal with a reason the proposer is told. */
    public TopicProposal reject(long id, String reason) {
        TopicProposal proposal = find(id);
        proposal.reject(reason, Acting.current().name(), clock.instant());
        audit.record(proposal.communityId(), "consultation.proposal.reject", OBJECT, id, "reason: " + proposal.reason());
        notices.toProposer(proposal, "proposal-rejected.author", reading.community());
        return proposal;
    }
}
