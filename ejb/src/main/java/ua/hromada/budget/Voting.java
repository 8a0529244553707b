package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ua.hromada.core.ConflictException;
import ua.hromada.core.DirectSql;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.Money;
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
    Clock clock;

    /** What the voter is told after voting, and what their contest page shows them later. */
    public record Receipt(Instant castAt, VoteChannel channel, List<Long> projectIds) {
    }

    /** Residents the contest admits, while it votes, online: casts their one ballot with these projects. */
    public Receipt vote(long contestId, Set<Long> projectIds) {
        return cast(contestId, projectIds, VoteChannel.ONLINE);
    }

    private Receipt cast(long contestId, Set<Long> projectIds, VoteChannel channel) {
        Contest contest = contests.view(contestId);
        permissions.require(BudgetAction.VOTE, contest);
        if (contest.stage() != ContestStage.VOTING) {
            throw new ConflictException(contest.stage().compareTo(ContestStage.VOTING) < 0 ? "budget.vote.not-open" : "budget.vote.closed");
        }
        List<BudgetProject> chosen = check(contest, projectIds);
        Actor actor = Acting.current();
        Instant now = clock.instant();
        int cast = em.createNativeQuery(BALLOT).setParameter(1, contest.communityId()).setParameter(2, contestId).setParameter(3, channel.name())
                .setParameter(4, ResidencyKind.of(actor.rolesIn(contest.communityId())).name()).setParameter(5, now)
                .setParameter(6, actor.personId()).executeUpdate();
        if (cast == 0) {
            throw new ConflictException("budget.vote.twice");
        }
        long ballot = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        for (BudgetProject project : chosen) {
            em.createNativeQuery("insert into budget_ballot_choice (ballot_id, project_id, contest_id, category_id) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, ballot).setParameter(2, project.id()).setParameter(3, contestId).setParameter(4, project.categoryId())
                    .executeUpdate();
        }
        return new Receipt(now, channel, chosen.stream().map(BudgetProject::id).toList());
    }

    /** The chosen projects, each admitted in this contest, within each category's limits; refused with the category named. */
    private List<BudgetProject> check(Contest contest, Set<Long> projectIds) {
        if (projectIds == null || projectIds.isEmpty()) {
            throw new InvalidInputException("budget.vote.empty");
        }
        Map<Long, BudgetProject> admitted = admitted(contest.id()).stream().collect(Collectors.toMap(BudgetProject::id, p -> p));
        List<BudgetProject> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(projectIds)) {
            BudgetProject project = admitted.get(id);
            if (project == null) {
                throw new InvalidInputException("budget.vote.unknown-project", id);
            }
            chosen.add(project);
        }
        for (ContestCategory category : contests.categories(contest.id())) {
            List<BudgetProject> in = chosen.stream().filter(p -> category.id().equals(p.categoryId())).toList();
            if (category.picks() != null && in.size() > category.picks()) {
                throw new InvalidInputException("budget.vote.too-many", category.name(), category.picks());
            }
            long cost = in.stream().mapToLong(BudgetProject::cost).sum();
            if (category.picks() == null && cost > category.budget()) {
                throw new InvalidInputException("budget.vote.over-budget", category.name(), new Money(cost), new Money(category.budget()));
            }
        }
        return chosen;
    }

    /** Anyone who may see the contest: its projects on the ballot, by category and number. */
    public List<BudgetProject> admitted(long contestId) {
        contests.view(contestId);
        return em.createQuery("select p from BudgetProject p where p.contestId = :contest and p.status = :admitted"
                + " order by p.categoryId, p.id", BudgetProject.class).setParameter("contest", contestId)
                .setParameter("admitted", ProjectStatus.ADMITTED).getResultList();
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
