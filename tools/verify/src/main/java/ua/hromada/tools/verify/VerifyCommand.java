package ua.hromada.tools.verify;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ua.hromada.core.ledger.ChainHead;
import ua.hromada.core.ledger.ChainVerifier;
import ua.hromada.core.ledger.LedgerEntry;
import ua.hromada.core.ledger.LedgerRecord;

/**
 * {@code ./hromada verify --community SLUG --vote ID [--base URL]}: downloads a closed vote's box
 * ({@code voting-boxes}), result ({@code voting-results}) and its chain's published heads
 * ({@code ledger-heads}) from open data only, checks the chain against every head with the
 * application's own {@link ChainVerifier}, recounts the ballots of the box and compares the count
 * with the published result and the published number of roll entries. Exit 0: all holds; 1: what
 * failed, one line each; 2: wrong arguments.
 */
public final class VerifyCommand {
    static final String CHAIN = "vote"; // the voting tool's chain kind (Votes.CHAIN)
    private static final String USAGE = "usage: ./hromada verify --community SLUG --vote ID [--base http://127.0.0.1:8080]";

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (List.of("--base", "--community", "--vote").contains(args[i]) && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (!options.containsKey("community") || !options.getOrDefault("vote", "").matches("[0-9]{1,18}")) {
            err.println(USAGE);
            return 2;
        }
        long vote = Long.parseLong(options.get("vote"));
        OpenDataReader openData = new OpenDataReader(options.getOrDefault("base", "http://127.0.0.1:8080"), options.get("community"));
        List<String> problems;
        Recount recount;
        try {
            List<LedgerEntry> entries = openData.items("voting-boxes", o -> o.getJsonNumber("vote").longValue() == vote).stream()
                    .map(o -> new LedgerEntry(CHAIN, vote, o.getJsonNumber("position").longValue(), o.getString("payload"),
                            o.getString("prevHash"), o.getString("hash")))
                    .toList();
            List<ChainHead> heads = openData.items("ledger-heads",
                    o -> CHAIN.equals(o.getString("chain")) && o.getJsonNumber("subject").longValue() == vote).stream()
                    .map(o -> new ChainHead(CHAIN, vote, o.getJsonNumber("position").longValue(), o.getString("hash"),
                            Instant.parse(o.getString("publishedAt"))))
                    .toList();
            List<JsonObject> results = openData.items("voting-results", o -> o.getJsonNumber("vote").longValue() == vote);
            if (entries.isEmpty() || results.isEmpty()) {
                err.println("vote " + vote + ": no published box or result in " + options.get("community")
                        + " (not closed yet, or not this community's)");
                return 1;
            }
            problems = new ArrayList<>(ChainVerifier.problems(entries, heads, true));
            recount = Recount.of(entries);
            problems.addAll(recount.against(results));
        } catch (IOException | JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            err.println("the open data could not be read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.println("vote " + vote + ": " + recount.ballots() + " ballots recounted from the box: " + recount.byChoice());
        if (problems.isEmpty()) {
            out.println("VERIFIED: the chain matches every published head, and the recount equals the official result and the roll");
            return 0;
        }
        for (String problem : problems) {
            out.println("FAILED: " + problem);
        }
        return 1;
    }

    /** The ballots of a box counted by choice, and the figures its close entry committed to. */
    record Recount(long ballots, Map<Integer, Long> byChoice, LedgerRecord close, List<String> unreadable) {
        static Recount of(List<LedgerEntry> entries) {
            Map<Integer, Long> byChoice = new TreeMap<>();
            List<String> unreadable = new ArrayList<>();
            LedgerRecord close = null;
            long ballots = 0;
            for (LedgerEntry e : entries) {
                LedgerRecord record = LedgerRecord.decode(e.payload());
                if ("ballot".equals(record.type())) {
                    String choice = record.get("choice");
                    if (choice == null || !choice.matches("[1-9][0-9]{0,3}")) {
                        unreadable.add("position " + e.position() + ": a ballot without a readable choice");
                    } else {
                        byChoice.merge(Integer.valueOf(choice), 1L, Long::sum);
                        ballots++;
                    }
                } else if ("close".equals(record.type()) && close == null) { // the first close is the official one
                    close = record;
                }
            }
            return new Recount(ballots, byChoice, close, unreadable);
        }

        /** What differs between this recount and the published result rows of the vote. */
        List<String> against(List<JsonObject> results) {
            List<String> problems = new ArrayList<>(unreadable);
            if (close == null) {
                problems.add("the box has no close entry");
            } else {
                String sealed = close.get("ballots");
                if (!String.valueOf(ballots).equals(sealed)) {
                    problems.add("the box holds " + ballots + " ballots but its close entry says " + sealed);
                }
            }
            Map<Integer, Long> published = new TreeMap<>();
            for (JsonObject row : results) {
                int choice = row.getInt("choice");
                long official = row.getJsonNumber("ballots").longValue();
                published.put(choice, official);
                long counted = byChoice.getOrDefault(choice, 0L);
                if (counted != official) {
                    problems.add("choice " + choice + ": " + counted + " ballots recounted, " + official + " published");
                }
                long voteBallots = row.getJsonNumber("voteBallots").longValue();
                long roll = row.getJsonNumber("rollEntries").longValue();
                if (voteBallots != ballots) {
                    problems.add("choice " + choice + "'s row publishes " + voteBallots + " ballots in all, " + ballots + " recounted");
                }
                if (roll != ballots) {
                    problems.add("choice " + choice + "'s row publishes " + roll + " roll entries, " + ballots + " ballots recounted");
                }
            }
            for (Map.Entry<Integer, Long> counted : byChoice.entrySet()) {
                if (!published.containsKey(counted.getKey())) {
                    problems.add("choice " + counted.getKey() + ": " + counted.getValue() + " ballots recounted for a choice the result does not have");
                }
            }
            return problems;
        }
    }
}
