package ua.hromada.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic approval votes of the performance probe's shape: costs 50,000-450,000 UAH in
 * whole hryvnias, 1-5 distinct approvals per voter with skewed popularity (the project of
 * popularity rank r drawn with weight 1 / (r + 1)), a budget of 100,000 UAH per project. The same
 * seed and sizes give the same election.
 */
final class SyntheticElection {
    private SyntheticElection() {
    }

    static ApprovalElection of(int voters, int projects, long seed) {
        Random random = new Random(seed);
        List<ApprovalElection.Project> list = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            list.add(new ApprovalElection.Project(String.valueOf(p + 1), BigDecimal.valueOf(50_000 + random.nextInt(400_001))));
        }
        // weights in integers: rank r weighs 720720 / (r + 1), a random project per rank
        long[] cumulative = new long[projects];
        List<Integer> ranks = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            ranks.add(p);
        }
        java.util.Collections.shuffle(ranks, random);
        long total = 0;
        for (int p = 0; p < projects; p++) {
            total += 720_720L / (ranks.get(p) + 1);
            cumulative[p] = total;
        }
        List<int[]> ballots = new ArrayList<>(voters);
        for (int v = 0; v < voters; v++) {
            int approvals = Math.min(projects, 1 + random.nextInt(5));
            int[] ballot = new int[approvals];
            for (int a = 0; a < approvals; a++) {
                int drawn;
                do {
                    drawn = drawn(cumulative, random.nextLong(total));
                } while (contains(ballot, a, drawn));
                ballot[a] = drawn;
            }
            ballots.add(ballot);
        }
        return new ApprovalElection(BigDecimal.valueOf(100_000L * projects), list, ballots);
    }

    private static int drawn(long[] cumulative, long point) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > point) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static boolean contains(int[] ballot, int filled, int project) {
        for (int i = 0; i < filled; i++) {
            if (ballot[i] == project) {
                return true;
            }
        }
        return false;
    }
}
