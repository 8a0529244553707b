package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;
import ua.hromada.core.identity.PersonKeys;
import ua.hromada.core.identity.People;
import ua.hromada.core.tenancy.Community;

/**
 * A pabulib file (pabulib.org/format) as a past contest of the current community, in its results
 * stage: one category with the file's budget (its `category` column holds tags, not budgets),
 * the projects under the file's ids as their numbers and costs kept to the kopeck, the approval
 * votes as paper ballots under generated voter keys (never a real person's key). The contest's
 * results are then computed by the rule chosen, as any contest's are.
 */
@Stateless
public class PabulibImport {
    /** Rows per insert statement: a 100,000-voter file is a few hundred statements, not a hundred thousand. */
    private static final int CHUNK = 1000;
    private static final int NUMBER_MAX = 32;

    /** What an import made. */
    public record Imported(long contestId, int projects, int ballots) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    PersonKeys keys;

    @Inject
    People people;

    @Inject
    Deadlines deadlines;

    @Inject
    Implementation implementation;

    @Inject
    ContestResults results;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Moderators: imports the file as a past contest named {@code title} (the file's description when empty), its winners chosen by {@code rule}. */
    public Imported importFile(BufferedReader in, String title, SelectionRule rule) {
        return importFile(in, title, rule, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how far it is (a background import, {@link BudgetImports}). */
    public Imported importFile(BufferedReader in, String title, SelectionRule rule, ImportProgress progress) {
        Community community = contests.community();
        permissions.require(BudgetAction.MANAGE, community.id());
        if (rule == null) {
            throw new InvalidInputException("budget.contest.rule.required");
        }
        PabulibFile file = PabulibFile.read(in, progress);
        Instant now = clock.instant();
        long budget = kopecks(file.budget());
        String description = file.meta().getOrDefault("description", "").strip();
        String name = title == null || title.isBlank() ? (description.isEmpty() ? "Pabulib" : description) : title.strip();
        Contest contest = Contest.imported(name.length() > Contest.TITLE_MAX ? name.substring(0, Contest.TITLE_MAX) : name,
                "Минулий конкурс, імпортований з файлу pabulib" + (description.isEmpty() ? "." : ": " + description), budget, rule,
                people.signature(), now);
        em.persist(contest);
        em.flush();
        ContestCategory category = new ContestCategory(contest.id(), 0, file.meta().getOrDefault("unit", "Увесь бюджет").isBlank()
                ? "Увесь бюджет" : file.meta().getOrDefault("unit", "Увесь бюджет").strip(), CategoryScope.CITY_WIDE, budget, 1, budget, null);
        em.persist(category);
        em.flush();
        for (PabulibFile.Project p : file.projects()) {
            if (p.number().length() > NUMBER_MAX) {
                throw new InvalidInputException("budget.pabulib.long-number", p.number(), NUMBER_MAX);
            }
            em.persist(BudgetProject.imported(contest.id(), category.id(), p.number(), p.name(), kopecks(p.cost()), now));
        }
        em.flush();
        Map<String, Long> projects = new HashMap<>();
        for (Object r : em.createNativeQuery("select number, id from budget_project where contest_id = ?1").setParameter(1, contest.id())
                .getResultList()) {
            Object[] row = (Object[]) r;
            projects.put((String) row[0], ((Number) row[1]).longValue());
        }
        insertBallots(contest, category, file.voters(), projects, now, progress);
        progress.counting();
        implementation.markWinners(contest, results.close(contest));
        deadlines.schedule(Contests.stageKind(ContestStage.IMPLEMENTATION), contest.id(), community.id(), contest.dates().implementation());
        audit.record(community.id(), "budget.contest.import", Contests.OBJECT, contest.id(), "pabulib: " + file.projects().size()
                + " projects, " + file.voters().size() + " voters, budget " + budget + ", " + rule);
        return new Imported(contest.id(), file.projects().size(), file.voters().size());
    }

    /**
     * The voters' ballots, a chunk of rows per statement, each chunk followed by its ballots'
     * choices, so progress is told in stored ballots; a voter's key is made from the contest and
     * the file's voter id.
     */
    private void insertBallots(Contest contest, ContestCategory category, List<PabulibFile.Voter> voters, Map<String, Long> projects,
            Instant now, ImportProgress progress) {
        Map<String, PabulibFile.Voter> byKey = new HashMap<>();
        for (PabulibFile.Voter voter : voters) {
            byKey.put(keys.keyOf("pabulib:" + contest.id() + ":" + voter.id()), voter);
        }
        List<String> ordered = new ArrayList<>(byKey.keySet());
        progress.storing(ordered.size());
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            List<String> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into budget_ballot (community_id, contest_id, person_key, channel, residency, cast_at)"
                    + " values ");
            StringBuilder ids = new StringBuilder("select person_key, id from budget_ballot where contest_id = ?1 and person_key in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(i + 4).append(", 'PAPER', 'NONE', ?3)");
                ids.append(i == 0 ? "?" : ", ?").append(i + 2);
            }
            var insert = em.createNativeQuery(sql.toString()).setParameter(1, contest.communityId()).setParameter(2, contest.id())
                    .setParameter(3, now);
            var inserted = em.createNativeQuery(ids.append(')').toString()).setParameter(1, contest.id());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(i + 4, chunk.get(i));
                inserted.setParameter(i + 2, chunk.get(i));
            }
            insert.executeUpdate();
            List<long[]> choices = new ArrayList<>();
            for (Object r : inserted.getResultList()) {
                Object[] row = (Object[]) r;
                long ballot = ((Number) row[1]).longValue();
                for (String number : byKey.get((String) row[0]).approved()) {
                    choices.add(new long[] {ballot, projects.get(number)});
                }
            }
            insertChoices(contest, category, choices);
            progress.stored(chunk.size());
        }
    }

    private void insertChoices(Contest contest, ContestCategory category, List<long[]> choices) {
        for (int from = 0; from < choices.size(); from += CHUNK) {
            List<long[]> chunk = choices.subList(from, Math.min(choices.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into budget_ballot_choice (ballot_id, project_id, contest_id, category_id) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('(').append(chunk.get(i)[0]).append(", ").append(chunk.get(i)[1]).append(", ?1, ?2)");
            }
            em.createNativeQuery(sql.toString()).setParameter(1, contest.id()).setParameter(2, category.id()).executeUpdate();
        }
    }

    /** An amount of the file in kopecks; more than two decimals is refused (kept exactly, never rounded). */
    private static long kopecks(BigDecimal hryvnias) {
        try {
            return hryvnias.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("budget.pabulib.too-precise", hryvnias.toPlainString());
        }
    }
}
