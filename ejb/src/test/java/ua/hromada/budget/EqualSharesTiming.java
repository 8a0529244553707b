package ua.hromada.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times equal shares on {@link SyntheticElection}s. Not part of the normal test run: skipped
 * unless the system property {@code hromada.budget.timing} names the sizes (voters x projects,
 * comma-separated), and it asserts nothing about time; docs/performance.md has the command. With
 * {@code hromada.budget.timing.old=true} it also times the implementation kept in the test tree
 * ({@link GroupedEqualShares}, minutes for 10,000 voters) and checks that both select the same.
 */
class EqualSharesTiming {
    private static final String SIZES = "hromada.budget.timing";

    @Test
    @EnabledIfSystemProperty(named = SIZES, matches = ".+")
    void timeEqualShares() {
        long seed = Long.getLong(SIZES + ".seed", 1);
        boolean old = Boolean.getBoolean(SIZES + ".old");
        for (String size : System.getProperty(SIZES).split(",")) {
            String[] parts = size.trim().split("x");
            int voters = Integer.parseInt(parts[0]);
            int projects = Integer.parseInt(parts[1]);
            ApprovalElection election = SyntheticElection.of(voters, projects, seed);
            long start = System.nanoTime();
            Selection shares = election.select(SelectionRule.EQUAL_SHARES);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long byEqualShares = shares.winners().stream().filter(w -> w.equalShare() != null).count();
            start = System.nanoTime();
            Selection byVotes = election.select(SelectionRule.BY_VOTES);
            long votesMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%,d voters x %d projects (seed %d): equal shares %,d ms, %d winners (%d by equal shares), %s of %s UAH;"
                    + " by votes %,d ms, %d winners%n", voters, projects, seed, millis, shares.winners().size(), byEqualShares,
                    shares.used(), election.budget(), votesMillis, byVotes.winners().size());
            if (old) {
                start = System.nanoTime();
                Selection before = GroupedEqualShares.select(election);
                millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("  the implementation kept in the test tree: %,d ms, the same selection: %b%n", millis, before.equals(shares));
                assertThat(shares).isEqualTo(before);
            }
        }
    }
}
