package ua.hromada.core.access;

import java.util.function.Supplier;
import ua.hromada.core.ThreadBound;

/**
 * The actor of the current thread. Web requests are anonymous until sign-in exists; platform jobs
 * (the sweeper, the demo loader) run as {@link Actor#system}. Never reachable from a request.
 */
public final class Acting {
    private static final ThreadBound<Actor> CURRENT = new ThreadBound<>(Actor.ANONYMOUS);

    private Acting() {
    }

    public static Actor current() {
        return CURRENT.get();
    }

    /** Request filters only: the signed-in person acts for the rest of this request. */
    public static void enter(Actor actor) {
        CURRENT.set(actor);
    }

    /** Request filters only, in finally: the thread goes back to the pool anonymous. */
    public static void leave() {
        CURRENT.clear();
    }

    public static <T> T as(Actor actor, Supplier<T> work) {
        return CURRENT.callWith(actor, work);
    }

    public static void as(Actor actor, Runnable work) {
        CURRENT.callWith(actor, () -> {
            work.run();
            return null;
        });
    }
}
