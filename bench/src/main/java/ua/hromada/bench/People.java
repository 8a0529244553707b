package ua.hromada.bench;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A block of the seeded people handed out one per attempt, so every signature of a step comes from
 * a person who has not signed that petition: a step ends when its block is used up or its time is.
 */
final class People {
    private final int first;
    private final int size;
    private final AtomicInteger next = new AtomicInteger();

    People(int first, int size) {
        this.first = first;
        this.size = size;
    }

    /** The next unused person's index, or -1 when the block is used up. */
    int take() {
        int i = next.getAndIncrement();
        return i < size ? first + i : -1;
    }

    int first() {
        return first;
    }

    int size() {
        return size;
    }

    /** How many were handed out (at most the block's size). */
    int taken() {
        return Math.min(next.get(), size);
    }
}
