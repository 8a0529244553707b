package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.DirectSql;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.identity.ResidencyKind;

/**
 * Voting in a contest: a resident it admits picks admitted projects within each category's
 * limits (so many projects, or any set whose cost fits the category's budget) while it votes, and
 * the choice is final. One ballot per voter and contest across every channel: the unique key on
 * the contest and the voter's person key decides, so of two at once the first committed counts and
 * the other is told it already voted.
 */
@Stateless
public class Voting {
    // the person's row read in share mode, as every insert of a person's record does (People.holdOpen)
    private static final String BALLOT = "insert ignore into budget_ballot (community_id, contest_id, person_key, person_id, channel,"
            + " residency, cast_at) select ?1, ?2, p.person_key, p.id, ?3, ?4, ?5 from person p where p.id = ?6 and p.deleted_at is null"
            + " and p.merged_into is null lock in share mode";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    BallotBox box;

    @Inject
    VotingTerminals terminals;

    @Inject
    Clock clock;

    /** What the voter is told after voting, and what their contest page shows them later. */
    public record Receipt(Instant castAt, VoteChannel channel, List<Long> projectIds) {
    }

    /**
     * Residents the contest admits, while it votes: casts their one ballot with these projects,
     * online, or through a chat bot or terminal with the person's own token (scope SIGN).
     */
    public Receipt vote(long contestId, Set<Long> projectIds) {
        return cast(contestId, projectIds, Acting.current().token() == null ? VoteChannel.ONLINE : VoteChannel.BOT);
    }

    /**
     * Residents the contest admits, signed in on a live terminal's browser (whose secret it keeps):
     * casts their one ballot with these projects under the channel TERMINAL. A token never votes
     * here, and a browser that is no live terminal of the community is refused.
     */
    public Receipt voteAtTerminal(long contestId, Set<Long> projectIds, String terminalSecret) {
        if (Acting.current().token() != null || terminals.recognised(terminalSecret).isEmpty()) {
            throw new ConflictException("budget.terminal.unknown");
        }
        return cast(contestId, projectIds, VoteChannel.TERMINAL);
    }

    private Receipt cast(long contestId, Set<Long> projectIds, VoteChannel channel) {
        Contest contest = box.open(contests, contestId);
        if (contest.isSchools()) {
            throw new ConflictException("budget.vote.codes-only");
        }
        permissions.require(BudgetAction.VOTE, contest);
        List<BudgetProject> chosen = box.check(contest, contests.categories(contestId), projectIds);
        Actor actor = Acting.current();
        Instant now = clock.instant();
        int cast = em.createNativeQuery(BALLOT).setParameter(1, contest.communityId()).setParameter(2, contestId).setParameter(3, channel.name())
                .setParameter(4, ResidencyKind.of(actor.rolesIn(contest.communityId())).name()).setParameter(5, now)
                .setParameter(6, actor.personId()).executeUpdate();
        if (cast == 0) {
            throw new ConflictException("budget.vote.twice");
        }
        box.choose(contestId, chosen);
        return new Receipt(now, channel, chosen.stream().map(BudgetProject::id).toList());
    }

    /** Anyone who may see the contest: its projects on the ballot, by category and number. */
    public List<BudgetProject> admitted(long contestId) {
        contests.view(contestId);
        return box.admitted(contestId);
    }

    /** The signed-in person's ballot in the contest, if they voted (by any channel). */
    public Optional<Receipt> mine(long contestId) {
        contests.view(contestId);
        if (!Acting.current().isSignedIn()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select b.id, b.cast_at, b.channel from budget_ballot b join person p on p.person_key = b.person_key"
                + " where b.contest_id = ?1 and p.id = ?2").setParameter(1, contestId).setParameter(2, Acting.current().personId())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        List<Long> projects = em.createNativeQuery("select project_id from budget_ballot_choice where ballot_id = ?1 order by project_id")
                .setParameter(1, ((Number) row[0]).longValue()).getResultList().stream().map(o -> ((Number) o).longValue()).toList();
        return Optional.of(new Receipt(DirectSql.instant(row[1]), VoteChannel.valueOf((String) row[2]), projects));
    }

    /** Anyone: the contest's ballots by channel, every channel named (they add up to the ballots cast). */
    public Map<VoteChannel, Long> channels(long contestId) {
        contests.view(contestId);
        Map<VoteChannel, Long> counts = new EnumMap<>(VoteChannel.class);
        for (VoteChannel channel : VoteChannel.values()) {
            counts.put(channel, 0L);
        }
        for (Object r : em.createNativeQuery("select channel, count(*) from budget_ballot where contest_id = ?1 group by channel")
                .setParameter(1, contestId).getResultList()) {
            Object[] row = (Object[]) r;
            counts.put(VoteChannel.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
