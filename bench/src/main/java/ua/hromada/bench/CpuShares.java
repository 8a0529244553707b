package ua.hromada.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who used the machine's cores during a step (Linux /proc): WildFly, MariaDB, the bench itself
 * and the rest, in percent of all cores. The three share two cores here, so a step that shows the
 * machine near 100 % is bound by CPU, not by locks or I/O.
 */
final class CpuShares {
    /** USER_HZ of /proc/[pid]/stat: 100 on every Linux the bench runs on (x86-64 and arm64 kernels). */
    private static final double TICKS_PER_SECOND = 100;
    private static final String OWN_SERVER = Path.of(System.getProperty("user.dir"), ".hromada", "server").toString();
    private final Map<String, Long> pids;
    private long[] machineBefore;
    private Map<String, Long> ticksBefore;

    private CpuShares(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** Finds WildFly (jboss-modules), MariaDB and this process; an empty tracker off Linux. */
    static CpuShares find() {
        Map<String, Long> pids = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String comm = Files.readString(p.resolve("comm")).strip();
                    String cmdline = Files.readString(p.resolve("cmdline"));
                    long pid = Long.parseLong(p.getFileName().toString());
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        pids.putIfAbsent("MariaDB", pid);
                    } else if (cmdline.contains("jboss-modules.jar")) {
                        // ours is the server ./hromada provisioned under this checkout; another
                        // developer's WildFly on the machine is "other"
                        if (cmdline.contains(OWN_SERVER)) {
                            pids.put("WildFly", pid);
                        } else {
                            pids.putIfAbsent("WildFly", pid);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // a process that ended meanwhile, or one we may not read
                }
            });
        } catch (IOException e) {
            return new CpuShares(Map.of());
        }
        pids.put("bench", ProcessHandle.current().pid());
        return new CpuShares(pids);
    }

    /**
     * WildFly's memory now: heap used and committed (from {@code jcmd <pid> GC.heap_info}) and the
     * resident set (/proc); "unknown" for what cannot be read.
     */
    String wildflyMemory() {
        Long pid = pids.get("WildFly");
        if (pid == null) {
            return "WildFly not found";
        }
        String heap = "heap unknown";
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
            if (m.find()) {
                heap = String.format(java.util.Locale.ROOT, "heap used %d MB of %d MB committed", Long.parseLong(m.group(2)) / 1024,
                        Long.parseLong(m.group(1)) / 1024);
            }
        } catch (IOException e) {
            // no jcmd on the path
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String resident = "resident unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = "resident " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process ended
        }
        return heap + ", " + resident;
    }

    void start() {
        machineBefore = machine();
        ticksBefore = ticks();
    }

    /**
     * "WildFly 61 %, MariaDB 25 %, bench 9 %, other 1 %, idle 4 % of 2 cores; WildFly 4.1 ms CPU
     * per answered attempt" since {@link #start()}. The last figure holds however busy the machine
     * was with other work, so it compares runs better than signatures per second do.
     */
    String since(long answered) {
        if (pids.isEmpty() || machineBefore == null) {
            return "(no /proc)";
        }
        long[] machine = machine();
        Map<String, Long> now = ticks();
        double total = machine[0] - machineBefore[0];
        double idle = machine[1] - machineBefore[1];
        if (total <= 0) {
            return "(too short)";
        }
        StringBuilder s = new StringBuilder();
        double named = 0;
        for (String name : pids.keySet()) {
            double used = now.getOrDefault(name, 0L) - ticksBefore.getOrDefault(name, 0L);
            named += used;
            s.append(String.format(Locale.ROOT, "%s %.0f %%, ", name, 100 * used / total));
        }
        s.append(String.format(Locale.ROOT, "other %.0f %%, idle %.0f %% of %d cores", 100 * Math.max(0, total - idle - named) / total,
                100 * idle / total, Runtime.getRuntime().availableProcessors()));
        long wildfly = now.getOrDefault("WildFly", 0L) - ticksBefore.getOrDefault("WildFly", 0L);
        if (answered > 0 && pids.containsKey("WildFly")) {
            s.append(String.format(Locale.ROOT, "; WildFly %.1f ms CPU per answered attempt", 1000.0 * wildfly / TICKS_PER_SECOND / answered));
        }
        return s.toString();
    }

    private Map<String, Long> ticks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(p.getValue()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(p.getKey(), Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime, stime
            } catch (IOException | RuntimeException e) {
                ticks.put(p.getKey(), 0L);
            }
        }
        return ticks;
    }

    /** All ticks and idle ticks of the machine (first line of /proc/stat). */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])}; // idle + iowait
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
