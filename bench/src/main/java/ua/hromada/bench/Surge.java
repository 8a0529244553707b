package ua.hromada.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives attempts in the two ways the issue asks for: a closed loop (N signers, each signing again
 * as soon as answered: peak throughput) and open arrival (a fixed rate whatever the answers:
 * latency). Open-arrival latency is measured from each attempt's planned start, so a slow server
 * cannot hide its queue by slowing the generator (no coordinated omission).
 */
final class Surge {
    private Surge() {
    }

    /** {@code signers} threads sign as the step's people until its block or the time is used up. */
    static Step closed(Step step, int signers, Duration limit, Attempt attempt) throws InterruptedException {
        People people = step.people;
        String name = step.name;
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < signers; t++) {
            Thread thread = new Thread(() -> {
                int person;
                while (System.nanoTime() < end && (person = people.take()) >= 0) {
                    long began = System.nanoTime();
                    once(step, attempt, person, began);
                }
            }, name + "-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        step.elapsedNanos = System.nanoTime() - start;
        return step;
    }

    /**
     * Starts {@code perSecond} attempts a second for {@code duration} on up to {@code workers}
     * threads, then waits at most {@code drain} for the answers; later ones count as unfinished.
     */
    static Step open(Step step, int perSecond, Duration duration, Duration drain, int workers, Attempt attempt)
            throws InterruptedException {
        People people = step.people;
        String name = step.name;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, name + "-worker");
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads();
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        long planned = 0;
        long scheduled = 0;
        for (long i = 0; (planned = start + i * interval) < start + duration.toNanos(); i++) {
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int person = people.take();
            if (person < 0) {
                break;
            }
            long due = planned;
            pool.execute(() -> once(step, attempt, person, due));
            scheduled++;
        }
        finish(pool, drain);
        step.elapsedNanos = System.nanoTime() - start;
        step.unfinished = Math.max(0, scheduled - (step.attempts()));
        return step;
    }

    private static void finish(ExecutorService pool, Duration drain) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void once(Step step, Attempt attempt, int person, long began) {
        Attempt.Outcome outcome;
        try {
            outcome = attempt.sign(person);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // the step's bound ran out: counted as unfinished
        } catch (Exception e) {
            step.failures.note(e);
            outcome = Attempt.Outcome.FAILED;
        }
        step.latency.recordValue(Math.min((System.nanoTime() - began) / 1000, step.latency.getHighestTrackableValue()));
        step.record(person, outcome);
    }
}
