package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.ledger.LedgerRecord;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * The organiser's workflow: a vote is set up with its schedule (its definition goes on the ledger
 * at once, head published, so the question cannot be reworded afterwards), watched by its turnout,
 * and closed at its time by the sweeper or earlier by the organiser. Every step audited, never a
 * choice (there is none to audit here).
 */
@Stateless
public class Votes {
    static final String OBJECT = "vote";
    /** The ledger's chain of a vote: its definition, checkpoints of its turnout, then at the close its ballots and result. */
    public static final String CHAIN = "vote";
    static final String CHECKPOINT = "vote.checkpoint";
    static final String CLOSE = "vote.close";

    @PersistenceContext
    EntityManager em;

    @Inject
    CommunityCache cache;

    @Inject
    VotePermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Ledger ledger;

    @Inject
    VoteClosing closing;

    @Inject
    Clock clock;

    /** What the organiser sets up; {@code options} only for a choose-one vote. */
    public record Setup(VoteKind kind, String title, String description, List<String> options, Instant opensAt, Instant closesAt,
            int minAge) {
    }

    /** The vote organiser: sets up a vote; it opens and closes by its schedule. */
    public Vote create(Setup setup) {
        Community community = current();
        permissions.requireOrganiser(community.id());
        Instant now = clock.instant();
        Vote vote = new Vote(community.id(), setup.kind() == null ? VoteKind.QUESTION : setup.kind(), setup.title(), setup.description(),
                setup.options(), setup.opensAt(), setup.closesAt(), setup.minAge(), Acting.current().name(), now);
        em.persist(vote);
        em.flush();
        LedgerRecord definition = LedgerRecord.of("vote").with("vote", vote.id()).with("community", community.slug())
                .with("kind", vote.kind()).with("title", vote.title()).with("description", vote.description())
                .with("opens", vote.opensAt()).with("closes", vote.closesAt()).with("min-age", vote.minAge())
                .with("choices", vote.choices());
        for (VoteOption option : vote.options()) {
            definition = definition.with("option-" + option.number(), option.label());
        }
        ledger.append(CHAIN, vote.id(), community.id(), List.of(definition.encode()));
        ledger.publishHead(CHAIN, vote.id(), community.id(), now);
        deadlines.schedule(CHECKPOINT, vote.id(), community.id(), VoteCheckpoints.next(vote.opensAt(), community));
        deadlines.schedule(CLOSE, vote.id(), community.id(), vote.closesAt());
        audit.record(community.id(), "vote.create", OBJECT, vote.id(), vote.title() + " (" + vote.opensAt() + " – " + vote.closesAt() + ")");
        return vote;
    }

    /** The vote organiser: closes the vote now, before its time (the box is chained and published at once). */
    public Vote closeEarly(long voteId) {
        Community community = current();
        permissions.requireOrganiser(community.id());
        Vote vote = VoteReading.found(em, voteId, community.id(), LockModeType.PESSIMISTIC_WRITE);
        closing.close(vote, clock.instant());
        audit.record(community.id(), "vote.close-early", OBJECT, vote.id(), vote.title() + ": " + vote.ballots() + " ballots");
        return vote;
    }

    /** The vote organiser: how many have voted so far (the roll's count; nothing of who or how). */
    public long turnout(long voteId) {
        Community community = current();
        permissions.requireOrganiser(community.id());
        VoteReading.found(em, voteId, community.id(), LockModeType.NONE);
        return VoteReading.rollCount(em, voteId);
    }

    /** The vote organiser: every vote of the community, latest closing first. */
    public List<Vote> all() {
        permissions.requireOrganiser(current().id());
        return em.createNamedQuery(Vote.ALL, Vote.class).getResultList();
    }

    private Community current() {
        return cache.currentWithTool(VotingTool.KEY, "voting.disabled");
    }
}
