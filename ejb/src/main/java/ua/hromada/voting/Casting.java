package ua.hromada.voting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.identity.Person;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * Casting a ballot: in one transaction the roll entry (the vote and the voter's person key) and the
 * ballot (the vote, a random id, the choice, a random receipt), which share nothing else. The
 * roll's primary key makes a second ballot impossible, however many attempts run at once: one
 * inserts its roll entry, the others find it and are told they voted. A ballot is final. Nothing is
 * logged, audited or notified, so no record anywhere holds the person beside the choice.
 */
@Stateless
public class Casting {
    // the person's row in share mode, as every insert of a person's record does (People.holdOpen)
    private static final String ROLL = "insert ignore into vote_roll (vote_id, community_id, person_key) select ?1, ?2, p.person_key"
            + " from person p where p.id = ?3 and p.deleted_at is null and p.merged_into is null lock in share mode";
    private static final String BALLOT = "insert into vote_ballot (vote_id, ballot_id, community_id, choice, receipt) values (?1, ?2, ?3, ?4, ?5)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CommunityCache cache;

    @Inject
    VotePermissions permissions;

    @Inject
    Clock clock;

    /**
     * A verified resident of the vote's least age, signed in strongly in a browser, while the vote is
     * open: casts their one ballot with {@code choice}; answers the receipt (shown once, kept nowhere
     * beside the person).
     */
    public String cast(long voteId, int choice) {
        Community community = cache.currentWithTool(VotingTool.KEY, "voting.disabled");
        // share mode: the close (for update) waits for this cast, and a cast after the close sees it closed
        Vote vote = VoteReading.found(em, voteId, community.id(), LockModeType.PESSIMISTIC_READ);
        permissions.requireVoter(community.id());
        Instant now = clock.instant();
        ageRefusal(vote, community, now).ifPresent(key -> {
            throw new ForbiddenException(key, vote.minAge());
        });
        if (!vote.isOpen(now)) {
            throw new ConflictException("voting.not-open", voteId);
        }
        if (!vote.admitsChoice(choice)) {
            throw new InvalidInputException("voting.choice.invalid", voteId);
        }
        int entered = em.createNativeQuery(ROLL).setParameter(1, voteId).setParameter(2, community.id())
                .setParameter(3, Acting.current().personId()).executeUpdate();
        if (entered == 0) {
            throw new ConflictException("voting.already-voted", voteId);
        }
        String receipt = Receipts.fresh();
        em.createNativeQuery(BALLOT).setParameter(1, voteId).setParameter(2, UUID.randomUUID().toString()).setParameter(3, community.id())
                .setParameter(4, choice).setParameter(5, receipt).executeUpdate();
        return receipt;
    }

    /**
     * Anyone (the vote's page, before a person tries): why the current person cannot cast in this
     * vote, as a message key taking the least age as {0}, or empty when they can.
     */
    public Optional<String> refusal(long voteId) {
        Community community = cache.currentWithTool(VotingTool.KEY, "voting.disabled");
        Vote vote = VoteReading.found(em, voteId, community.id(), LockModeType.NONE);
        Instant now = clock.instant();
        if (vote.isClosed() || !now.isBefore(vote.closesAt())) {
            return Optional.of("voting.refusal.closed");
        }
        if (now.isBefore(vote.opensAt())) {
            return Optional.of("voting.refusal.not-yet");
        }
        Optional<String> permission = permissions.voterRefusal(community.id());
        if (permission.isPresent()) {
            return permission;
        }
        Optional<String> age = ageRefusal(vote, community, now);
        if (age.isPresent()) {
            return age;
        }
        return hasVoted(voteId) ? Optional.of("voting.already-voted") : Optional.empty();
    }

    /** The signed-in person: whether they are on the vote's roll (never how they voted: nobody can tell). */
    public boolean hasVoted(long voteId) {
        Long person = Acting.current().personId();
        return person != null && !em.createNativeQuery("select 1 from vote_roll r join person p on p.person_key = r.person_key"
                + " where r.vote_id = ?1 and p.id = ?2").setParameter(1, voteId).setParameter(2, person).getResultList().isEmpty();
    }

    /** The least age, on the community's today, by the date of birth the provider stated; unknown is refused with its own reason. */
    private Optional<String> ageRefusal(Vote vote, Community community, Instant now) {
        Long personId = Acting.current().personId();
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (person == null) {
            return Optional.empty(); // the permission table refuses first
        }
        Optional<Integer> age = person.ageOn(LocalDate.ofInstant(now, community.zone()));
        if (age.isEmpty()) {
            return Optional.of("voting.refusal.age-unknown");
        }
        return age.get() < vote.minAge() ? Optional.of("voting.refusal.too-young") : Optional.empty();
    }
}
