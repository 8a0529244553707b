package ua.hromada.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One budget's approval vote, as both selection rules read it: the budget and the projects' costs
 * exactly (hryvnias with their kopecks, or a pabulib file's decimals), and each voter's approved
 * projects. {@code ballots} holds the voters who took part in this budget; a project named twice
 * on one ballot counts once.
 */
public final class ApprovalElection {
    /** One project on the ballot: its number and its cost (never negative). */
    public record Project(String number, BigDecimal cost) {
        public Project {
            if (cost.signum() < 0) {
                throw new IllegalArgumentException("A project's cost is never negative: " + number);
            }
        }
    }

    private final BigDecimal budget;
    private final List<Project> projects;
    private final int[][] ballots;
    private final int[][] supporters;

    /** {@code ballots}: per voter the indices into {@code projects} they approve. */
    public ApprovalElection(BigDecimal budget, List<Project> projects, List<int[]> ballots) {
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("A budget is never negative");
        }
        this.budget = budget;
        this.projects = List.copyOf(projects);
        this.ballots = new int[ballots.size()][];
        int[] approvals = new int[projects.size()];
        for (int v = 0; v < ballots.size(); v++) {
            int[] ballot = Arrays.stream(ballots.get(v)).distinct().toArray();
            for (int p : ballot) {
                if (p < 0 || p >= projects.size()) {
                    throw new IllegalArgumentException("A ballot names no project of this election: " + p);
                }
                approvals[p]++;
            }
            this.ballots[v] = ballot;
        }
        supporters = new int[projects.size()][];
        int[] filled = new int[projects.size()];
        for (int p = 0; p < projects.size(); p++) {
            supporters[p] = new int[approvals[p]];
        }
        for (int v = 0; v < this.ballots.length; v++) {
            for (int p : this.ballots[v]) {
                supporters[p][filled[p]++] = v;
            }
        }
    }

    /** The same election from ballots naming projects by number (unknown numbers refused). */
    public static ApprovalElection ofNumbers(BigDecimal budget, List<Project> projects, List<List<String>> ballots) {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            if (index.put(projects.get(p).number(), p) != null) {
                throw new IllegalArgumentException("Two projects share the number " + projects.get(p).number());
            }
        }
        List<int[]> indexed = new ArrayList<>(ballots.size());
        for (List<String> ballot : ballots) {
            indexed.add(ballot.stream().mapToInt(number -> {
                Integer p = index.get(number);
                if (p == null) {
                    throw new IllegalArgumentException("A ballot names an unknown project " + number);
                }
                return p;
            }).toArray());
        }
        return new ApprovalElection(budget, projects, indexed);
    }

    /** The winners under {@code rule}. */
    public Selection select(SelectionRule rule) {
        return switch (rule) {
            case BY_VOTES -> VotesOrder.select(this);
            case EQUAL_SHARES -> EqualShares.select(this);
        };
    }

    public BigDecimal budget() {
        return budget;
    }

    public List<Project> projects() {
        return projects;
    }

    public int voters() {
        return ballots.length;
    }

    int[] ballot(int voter) {
        return ballots[voter];
    }

    int[] supporters(int project) {
        return supporters[project];
    }

    public int approvals(int project) {
        return supporters[project].length;
    }

    BigDecimal cost(int project) {
        return projects.get(project).cost();
    }

    String number(int project) {
        return projects.get(project).number();
    }

    /** More approvals first, then the lower cost, then the lower project number. */
    Comparator<Integer> byVotes() {
        return Comparator.<Integer>comparingInt(p -> -approvals(p)).thenComparing(this::cost)
                .thenComparing(this::number, ProjectNumbers.ORDER);
    }

    List<Integer> inVotesOrder() {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            order.add(p);
        }
        order.sort(byVotes());
        return order;
    }
}
