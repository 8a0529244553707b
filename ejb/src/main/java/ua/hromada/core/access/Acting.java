package ua.hromada.core.access;

import java.util.function.Supplier;

/**
 * The actor of the current thread. Web requests are anonymous until sign-in exists; platform jobs
 * (the sweeper, the demo loader) run as {@link Actor#system}. Never reachable from a request.
 */
public final class Acting {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private Acting() {
    }

    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? Actor.ANONYMOUS : actor;
    }

    public static <T> T as(Actor actor, Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void as(Actor actor, Runnable work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }
}
