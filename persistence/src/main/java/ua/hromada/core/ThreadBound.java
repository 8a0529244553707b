package ua.hromada.core;

import java.util.function.Supplier;

/**
 * A per-thread value that work can be run "with", restoring whatever the thread had before: the
 * current community and the current actor both travel this way from a request or a job to the beans.
 */
public final class ThreadBound<T> {
    private final ThreadLocal<T> value = new ThreadLocal<>();
    private final T absent;

    public ThreadBound(T absent) {
        this.absent = absent;
    }

    public T get() {
        T v = value.get();
        return v == null ? absent : v;
    }

    public void set(T v) {
        value.set(v);
    }

    public void clear() {
        value.remove();
    }

    public <R> R callWith(T v, Supplier<R> work) {
        T previous = value.get();
        value.set(v);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                value.remove();
            } else {
                value.set(previous);
            }
        }
    }
}
