package ua.hromada.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What a bench run does, from its command line: where the database and the application are, the
 * steps and their bounds. {@code --quick} shortens every step (a smoke run of the bench itself).
 * A raw step's bound ({@code rawCap}) is larger than an API step's: raw JDBC is several times
 * faster and its rows need no seeded people, so time, not count, ends it. {@code --appeals} runs the
 * appeals part alone (its seeding and pages), for working on that tool;
 * {@code --council} the council's sitting and agenda alone.
 */
record Plan(String command, String dbServer, String dbName, URI base, boolean big, boolean quick, int appPoolMax,
        List<Integer> closed, List<Integer> open, Duration step, int stepCap, int rawCap, Duration warmUp, int warmUpCap,
        int pageRequests, java.nio.file.Path serverLog, boolean crash, boolean appealsOnly, boolean councilOnly) {
    /** The crash run: signatures a second while WildFly is killed and started again, and for how long. */
    static final int CRASH_PER_SECOND = 200;
    static final Duration CRASH_SIGNING = Duration.ofSeconds(45);
    /** Anonymous readers at once in the read surge, and the signing rate of the mixed step. */
    static final int READERS = 200;
    static final int MIXED_PER_SECOND = 100;

    static final String USAGE = """
            usage: bench reset --db-server jdbc:mariadb://HOST:PORT/ [--db-name hromada_bench]
                   bench run   --db-server jdbc:mariadb://HOST:PORT/ [--db-name hromada_bench] [--base http://127.0.0.1:8080]
                               [--big] [--quick] [--pool-max N] [--server-log PATH] [--crash] [--appeals] [--council]""";

    static Plan of(String... args) {
        if (args.length == 0 || !List.of("reset", "run").contains(args[0])) {
            throw new IllegalArgumentException(USAGE);
        }
        String server = null;
        String name = "hromada_bench";
        URI base = URI.create("http://127.0.0.1:8080/");
        boolean big = false;
        boolean quick = false;
        int poolMax = 40;
        java.nio.file.Path serverLog = null;
        boolean crash = false;
        boolean appealsOnly = false;
        boolean councilOnly = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--db-server" -> server = value(args, ++i);
                case "--db-name" -> name = value(args, ++i);
                case "--base" -> base = URI.create(value(args, ++i));
                case "--big" -> big = true;
                case "--quick" -> quick = true;
                case "--pool-max" -> poolMax = Integer.parseInt(value(args, ++i));
                case "--server-log" -> serverLog = java.nio.file.Path.of(value(args, ++i));
                case "--crash" -> crash = true;
                case "--appeals" -> appealsOnly = true;
                case "--council" -> councilOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (server == null || !server.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("--db-server jdbc:mariadb://HOST:PORT/ is required\n" + USAGE);
        }
        if (!loopback(base)) {
            throw new IllegalArgumentException("the surge runs on loopback only, not against " + base);
        }
        if (!server.endsWith("/")) {
            server += "/";
        }
        Duration step = Duration.ofSeconds(quick ? 3 : 10);
        return new Plan(args[0], server, name, base, big, quick, poolMax, List.of(50, 100, 200), List.of(100, 300, 500, 1000),
                step, quick ? 3_000 : 20_000, quick ? 10_000 : 100_000, Duration.ofSeconds(quick ? 3 : 30), quick ? 2_000 : 8_000, quick ? 50 : 300,
                serverLog, crash, appealsOnly, councilOnly);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static boolean loopback(URI base) {
        String host = base.getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }

    /** People one open-arrival step needs: its rate for its duration. */
    int openPeople(int perSecond) {
        return (int) (perSecond * step.toSeconds());
    }

    /** Distinct signers for every API step of the run (each signature needs its own person). */
    int signersNeeded() {
        return warmUpCap + closed.size() * stepCap + open.stream().mapToInt(this::openPeople).sum() + openPeople(MIXED_PER_SECOND);
    }

    /** One petition per API step (warm-up, closed, open, mixed), so steps do not interfere. */
    int petitionsNeeded() {
        return 1 + closed.size() + open.size() + 1;
    }

    /** Connections the run needs at once: the largest raw step, the application's pool and a margin. */
    int connectionsNeeded() {
        return closed.stream().mapToInt(Integer::intValue).max().orElse(0) + appPoolMax + 20;
    }

    String databaseUrl() {
        return dbServer + dbName;
    }
}
