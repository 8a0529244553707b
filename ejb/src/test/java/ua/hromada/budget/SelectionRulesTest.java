package ua.hromada.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class SelectionRulesTest {
    private static ApprovalElection.Project project(String number, String cost) {
        return new ApprovalElection.Project(number, new BigDecimal(cost));
    }

    /** {@code ballots}: each a string of the approved projects' numbers separated by spaces. */
    private static ApprovalElection election(String budget, List<ApprovalElection.Project> projects, String... ballots) {
        return ApprovalElection.ofNumbers(new BigDecimal(budget), projects,
                Arrays.stream(ballots).map(b -> b.isBlank() ? List.<String>of() : List.of(b.split(" "))).toList());
    }

    private static String[] times(int voters, String ballot) {
        String[] ballots = new String[voters];
        Arrays.fill(ballots, ballot);
        return ballots;
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    @Test
    void equalSharesGivesAMinorityItsShareWhereVotesGiveTheMajorityAll() {
        // six voters want A, B, C; four want D, E; each costs 30 of 100
        ApprovalElection election = election("100",
                List.of(project("1", "30"), project("2", "30"), project("3", "30"), project("4", "30"), project("5", "30")),
                concat(times(6, "1 2 3"), times(4, "4 5")));
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("1", "2", "3");
        Selection shares = election.select(SelectionRule.EQUAL_SHARES);
        assertThat(shares.numbers()).containsExactly("1", "2", "4");
        assertThat(shares.winners()).extracting(Selection.Winner::equalShare)
                .containsExactly(BigFraction.of(5), BigFraction.of(5), BigFraction.of(15, 2));
        assertThat(shares.used()).isEqualByComparingTo("90");
    }

    @Test
    void byVotesSkipsWhatNoLongerFitsAndTriesTheNext() {
        ApprovalElection election = election("100",
                List.of(project("1", "70"), project("2", "50"), project("3", "30"), project("4", "10")),
                concat(times(5, "1 2"), times(3, "2 3"), times(2, "3 4")));
        // approvals: 2 has 8, 1 has 5, 3 has 5 (cheaper than 1, so first), 4 has 2
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("2", "3", "4");
    }

    @Test
    void byVotesTiesGoToTheLowerCostThenTheLowerNumberAndUnapprovedComeLast() {
        ApprovalElection election = election("100",
                List.of(project("P0076", "20"), project("24", "20"), project("3", "10"), project("9", "20"), project("10", "30")),
                "P0076 24 3 9", "P0076 24 9", "3");
        // all four approved twice: 3 (the cheapest), then 9, 24 (numbers in numeric order) and P0076
        // (text after digits), all 20; 10 has no approval and comes last, taken since 30 are left
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("3", "9", "24", "P0076", "10");
    }

    @Test
    void projectNumbersOrderDigitsNumericallyBeforeText() {
        List<String> numbers = new ArrayList<>(List.of("P0076", "24", "100", "3", "A1", "076", "76"));
        numbers.sort(ProjectNumbers.ORDER);
        assertThat(numbers).containsExactly("3", "24", "076", "76", "100", "A1", "P0076");
    }

    @Test
    void costsAndBudgetsAreExactNotFloatingPoint() {
        ApprovalElection election = election("0.30",
                List.of(project("1", "0.10"), project("2", "0.20"), project("3", "0.05")), "1 2", "1 2", "3");
        // 0.10 + 0.20 is exactly 0.30; binary floating point makes it 0.30000000000000004
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("1", "2");
    }

    @Test
    void aProjectCostingTheWholeBudget() {
        ApprovalElection election = election("100", List.of(project("1", "100"), project("2", "10")), "1 2", "1", "1");
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("1");
        // 33 each is less than 100 between three; the one voter of 2 pays it, and 1 no longer fits
        assertThat(election.select(SelectionRule.EQUAL_SHARES).numbers()).containsExactly("2");
        // everyone for the one project that takes the whole budget, and nothing else fits
        ApprovalElection alone = election("100", List.of(project("1", "100"), project("2", "30")), "1", "1", "1", "1");
        assertThat(alone.select(SelectionRule.EQUAL_SHARES).numbers()).containsExactly("1");
        assertThat(alone.select(SelectionRule.EQUAL_SHARES).winners().get(0).equalShare()).isEqualTo(BigFraction.of(25));
    }

    @Test
    void add1RaisesTheMoneyUntilTheOutcomeIsExhaustive() {
        // two voters with 50 each pay 30 each for X; Y's one supporter has 20 left of the 40 it costs,
        // so the money rises to 70 each, when both are paid by equal shares (Z nobody wants)
        ApprovalElection election = election("100", List.of(project("X", "60"), project("Y", "40"), project("Z", "10")),
                "X Y", "X");
        Selection shares = election.select(SelectionRule.EQUAL_SHARES);
        assertThat(shares.numbers()).containsExactly("X", "Y");
        assertThat(shares.winners()).extracting(Selection.Winner::equalShare).as("neither taken by the completion")
                .containsExactly(BigFraction.of(30), BigFraction.of(40));
    }

    @Test
    void add1StopsBeforeTheBudgetIsOverspentAndTheVotesOrderCompletes() {
        // each of two voters reaches 60 at once: both projects (120) would not fit 100
        ApprovalElection election = election("100", List.of(project("A", "60"), project("B", "60")), "A", "B");
        Selection shares = election.select(SelectionRule.EQUAL_SHARES);
        assertThat(shares.numbers()).containsExactly("A");
        assertThat(shares.winners().get(0).equalShare()).as("taken by the completion").isNull();
    }

    @Test
    void projectsCostingNothingAreAlwaysTaken() {
        ApprovalElection election = election("50",
                List.of(project("1", "0"), project("2", "40"), project("3", "40")), "2", "3", "3");
        assertThat(election.select(SelectionRule.EQUAL_SHARES).numbers()).containsExactly("1", "3");
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("3", "1");
    }

    @Test
    void whenEverythingFitsEverythingIsTaken() {
        ApprovalElection election = election("100", List.of(project("1", "30"), project("2", "30"), project("3", "40")), "1", "1");
        assertThat(election.select(SelectionRule.EQUAL_SHARES).numbers()).containsExactly("1", "2", "3");
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("1", "2", "3");
    }

    @Test
    void anEmptyCategoryOrOneNobodyVotedIn() {
        ApprovalElection empty = election("100", List.of());
        assertThat(empty.select(SelectionRule.EQUAL_SHARES).winners()).isEmpty();
        assertThat(empty.select(SelectionRule.BY_VOTES).winners()).isEmpty();
        ApprovalElection unvoted = election("50", List.of(project("1", "40"), project("2", "30"), project("3", "20")));
        assertThat(unvoted.select(SelectionRule.EQUAL_SHARES).numbers()).containsExactly("3", "2");
        assertThat(unvoted.select(SelectionRule.BY_VOTES).numbers()).containsExactly("3", "2");
    }

    @Test
    void equalSharesTiesGoToTheLowerCostThenMoreApprovalsThenTheLowerNumber() {
        // 2 and 1 both have effective vote count 2 at this money: 2 is cheaper
        ApprovalElection cheaper = election("40", List.of(project("1", "20"), project("2", "10"), project("3", "35")),
                "1 3", "1 2 3", "2");
        assertThat(cheaper.select(SelectionRule.EQUAL_SHARES).numbers().get(0)).isEqualTo("2");
        // same cost, same count: the lower number
        ApprovalElection number = election("30", List.of(project("7", "10"), project("5", "10"), project("9", "25")), "7", "5", "9");
        assertThat(number.select(SelectionRule.EQUAL_SHARES).numbers()).startsWith("5", "7");
    }

    @Test
    void groupedMoneyChoosesAsEachVoterPayingInTurnWould() {
        java.util.Random random = new java.util.Random(20261202);
        for (int round = 0; round < 300; round++) {
            int projects = 1 + random.nextInt(8);
            List<ApprovalElection.Project> list = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int p = 0; p < projects; p++) {
                BigDecimal cost = BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(6000), 2);
                list.add(new ApprovalElection.Project(String.valueOf(p + 1), cost));
                total = total.add(cost);
            }
            List<int[]> ballots = new ArrayList<>();
            int voters = random.nextInt(12);
            for (int v = 0; v < voters; v++) {
                ballots.add(java.util.stream.IntStream.range(0, projects).filter(p -> random.nextInt(3) == 0).toArray());
            }
            BigDecimal budget = total.multiply(BigDecimal.valueOf(20 + random.nextInt(60))).movePointLeft(2).setScale(2, java.math.RoundingMode.DOWN);
            ApprovalElection election = new ApprovalElection(budget.max(new BigDecimal("0.01")), list, ballots);
            assertThat(election.select(SelectionRule.EQUAL_SHARES).numbers()).as("round %d", round)
                    .isEqualTo(LiteralEqualShares.select(election));
        }
    }

    @Test
    void amountsBeyondLongsAreDecidedExactly() {
        // 10^19 hryvnias: the run's sums no longer fit a long, so it keeps no integer bounds
        ApprovalElection election = election("10000000000000000000",
                List.of(project("1", "6000000000000000000"), project("2", "5000000000000000000"), project("3", "0.01")),
                "1 2", "1", "1 3");
        Selection shares = election.select(SelectionRule.EQUAL_SHARES);
        // 1 at a third of its cost per supporter comes before 3, paid whole by its one supporter
        assertThat(shares.numbers()).containsExactly("1", "3");
        assertThat(shares.winners()).extracting(Selection.Winner::equalShare)
                .containsExactly(BigFraction.of(2_000_000_000_000_000_000L), BigFraction.of(1, 100));
        assertThat(shares).isEqualTo(GroupedEqualShares.select(election));
        assertThat(shares.numbers()).isEqualTo(LiteralEqualShares.select(election));
    }

    /**
     * Equal shares against the implementation it replaced ({@link GroupedEqualShares}, kept in the
     * test tree): the whole selection (winners, their order and equal shares, the completion by
     * votes) on elections of many shapes, ties and degenerate budgets included; with the integer
     * bounds and without them (every comparison exact, as for amounts too large for longs).
     */
    @Test
    void equalSharesChoosesAsTheGroupedImplementationDid() {
        Random random = new Random(20261203);
        int literal = 0;
        for (int round = 0; round < 400; round++) {
            Shape shape = Shape.values()[round % Shape.values().length];
            ApprovalElection election = shape.election(random);
            Selection expected = GroupedEqualShares.select(election);
            assertThat(election.select(SelectionRule.EQUAL_SHARES)).as("round %d, %s", round, shape).isEqualTo(expected);
            assertThat(EqualShares.select(election, false)).as("round %d, %s, exactly", round, shape).isEqualTo(expected);
            if (election.voters() <= 12 && election.projects().size() <= 8) {
                assertThat(expected.numbers()).as("round %d, %s", round, shape).isEqualTo(LiteralEqualShares.select(election));
                literal++;
            }
        }
        assertThat(literal).as("elections also held against the voter-by-voter rule").isGreaterThan(50);
    }

    /** Random elections of one kind each, for comparing implementations. */
    private enum Shape {
        /** a few voters and projects, costs in kopecks, some projects free */
        SMALL(12, 8, 6000, 2, 5, 20, 80),
        /** every project costs the same: prices tie whenever supporter counts do */
        EQUAL_COSTS(40, 10, 0, 0, 0, 20, 90),
        /** costs from a handful of round values, many identical ballots: exact ties in prices and money */
        ROUND_COSTS(60, 12, 3, 0, 8, 30, 90),
        /** a quarter of the projects free, many voters approving nothing */
        FREE_AND_SILENT(50, 10, 5_000, 0, 4, 20, 80),
        /** the budget below the cheapest project */
        BUDGET_TOO_SMALL(30, 8, 40_000, 0, 0, 0, 0),
        /** the budget above the sum of all costs */
        EVERYTHING_FITS(30, 8, 40_000, 0, 5, 100, 150),
        /** hundreds of voters on tens of projects, whole hryvnias, skewed popularity */
        MEDIUM(200, 25, 5_000, 0, 0, 20, 60),
        /** costs with different decimal places (0.5, 1.25, 3) */
        MIXED_DECIMALS(25, 8, 500, 2, 6, 20, 80);

        private final int voters;
        private final int projects;
        private final int costRange;
        private final int decimals;
        private final int freeOneIn;
        private final int budgetFrom;
        private final int budgetTo;

        /**
         * budgets from {@code budgetFrom} to {@code budgetTo} percent of all costs (0 and 0: below
         * the cheapest); {@code freeOneIn}: one project in that many free (0: none)
         */
        Shape(int voters, int projects, int costRange, int decimals, int freeOneIn, int budgetFrom, int budgetTo) {
            this.voters = voters;
            this.projects = projects;
            this.costRange = costRange;
            this.decimals = decimals;
            this.freeOneIn = freeOneIn;
            this.budgetFrom = budgetFrom;
            this.budgetTo = budgetTo;
        }

        ApprovalElection election(Random random) {
            int m = 1 + random.nextInt(projects);
            List<ApprovalElection.Project> list = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal cheapest = null;
            for (int p = 0; p < m; p++) {
                BigDecimal cost = cost(random);
                list.add(new ApprovalElection.Project(String.valueOf(p + 1), cost));
                total = total.add(cost);
                if (cost.signum() > 0 && (cheapest == null || cost.compareTo(cheapest) < 0)) {
                    cheapest = cost;
                }
            }
            int n = random.nextInt(voters + 1);
            List<int[]> ballots = new ArrayList<>();
            int[] typical = IntStream.range(0, m).filter(p -> random.nextBoolean()).toArray();
            for (int v = 0; v < n; v++) {
                if (this == FREE_AND_SILENT && random.nextInt(3) == 0) {
                    ballots.add(new int[0]);
                } else if (this == ROUND_COSTS && random.nextBoolean()) {
                    ballots.add(typical);
                } else {
                    // project p approved with chance 1 / (2 + p): the first ones are popular
                    ballots.add(IntStream.range(0, m).filter(p -> random.nextInt(2 + p) == 0).toArray());
                }
            }
            BigDecimal budget;
            if (budgetTo == 0) {
                budget = cheapest == null ? BigDecimal.ZERO : cheapest.subtract(BigDecimal.ONE.movePointLeft(Math.max(2, decimals))).max(BigDecimal.ZERO);
            } else {
                int percent = budgetFrom + random.nextInt(budgetTo - budgetFrom + 1);
                budget = total.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(Math.max(2, decimals), RoundingMode.DOWN);
            }
            return new ApprovalElection(budget, list, ballots);
        }

        private BigDecimal cost(Random random) {
            if (freeOneIn > 0 && random.nextInt(freeOneIn) == 0) {
                return BigDecimal.ZERO;
            }
            return switch (this) {
                case EQUAL_COSTS -> BigDecimal.valueOf(100);
                case ROUND_COSTS -> BigDecimal.valueOf(new int[] {10, 20, 30, 60}[random.nextInt(4)]);
                case MIXED_DECIMALS -> BigDecimal.valueOf(1 + random.nextInt(costRange), random.nextInt(decimals + 1));
                case MEDIUM -> BigDecimal.valueOf(500 + random.nextInt(costRange - 500));
                default -> BigDecimal.valueOf(1 + random.nextInt(costRange), decimals);
            };
        }
    }
}
