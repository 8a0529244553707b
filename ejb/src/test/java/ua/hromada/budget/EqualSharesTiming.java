package ua.hromada.budget;

/**
 * Times equal shares on {@link SyntheticElection}s (not a test: run by hand, docs/performance.md
 * says how). Arguments: voters projects [seed] [old], "old" also timing the implementation kept in
 * the test tree and checking both agree.
 */
public final class EqualSharesTiming {
    private EqualSharesTiming() {
    }

    public static void main(String[] args) {
        int voters = Integer.parseInt(args[0]);
        int projects = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        ApprovalElection election = SyntheticElection.of(voters, projects, seed);
        long start = System.nanoTime();
        Selection shares = SelectionRule.EQUAL_SHARES.select(election);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long byEqualShares = shares.winners().stream().filter(w -> w.equalShare() != null).count();
        System.out.printf("%,d voters x %d projects (seed %d): equal shares %,d ms, %d winners (%d by equal shares), %s UAH of %s%n",
                voters, projects, seed, millis, shares.winners().size(), byEqualShares, shares.used(), election.budget());
        if (args.length > 3 && args[3].equals("old")) {
            start = System.nanoTime();
            Selection old = GroupedEqualShares.select(election);
            millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("the implementation kept in the test tree: %,d ms, same winners, order and shares: %b%n",
                    millis, old.equals(shares));
        }
    }
}
