package ua.hromada.budget;

/**
 * How many of one project's supporters hold each purse ({@link Purses}), as an open-addressing
 * table of ints: paying a winner moves thousands of voters between purses each round, which boxed
 * maps make slow. A purse whose count falls to zero keeps its slot until the table grows.
 */
final class HolderCounts {
    private int[] purses;
    private int[] counts;
    private int used;

    HolderCounts(int purse, int holders) {
        purses = new int[8];
        counts = new int[8];
        add(purse, holders);
    }

    /** Adds {@code delta} holders (negative: takes them away) to {@code purse}, never {@link Purses#SPENT}. */
    void add(int purse, int delta) {
        int slot = slot(purses, purse);
        if (purses[slot] == Purses.SPENT) {
            if (2 * (used + 1) > purses.length) {
                grow();
                slot = slot(purses, purse);
            }
            purses[slot] = purse;
            used++;
        }
        counts[slot] += delta;
    }

    /** Copies the purses held by someone and their counts into the arrays given; returns how many. */
    int copyInto(int[] toPurses, int[] toCounts) {
        int n = 0;
        for (int slot = 0; slot < purses.length; slot++) {
            if (counts[slot] > 0) {
                toPurses[n] = purses[slot];
                toCounts[n++] = counts[slot];
            }
        }
        return n;
    }

    /** At least the number of purses held by someone (what {@link #copyInto} needs room for). */
    int capacity() {
        return used;
    }

    private static int slot(int[] table, int purse) {
        int mask = table.length - 1;
        int slot = (purse * 0x9E3779B9 >>> 7) & mask;
        while (table[slot] != Purses.SPENT && table[slot] != purse) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldPurses = purses;
        int[] oldCounts = counts;
        int live = 0;
        for (int count : oldCounts) {
            if (count > 0) {
                live++;
            }
        }
        int size = 8;
        while (size < 4 * (live + 1)) {
            size *= 2;
        }
        purses = new int[size];
        counts = new int[size];
        used = 0;
        for (int i = 0; i < oldPurses.length; i++) {
            if (oldCounts[i] > 0) {
                int slot = slot(purses, oldPurses[i]);
                purses[slot] = oldPurses[i];
                counts[slot] = oldCounts[i];
                used++;
            }
        }
    }
}
