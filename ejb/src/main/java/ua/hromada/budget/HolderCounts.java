package ua.hromada.budget;

/**
 * How many of one project's supporters hold each purse ({@link Purses}), as an open-addressing
 * table of ints (linear probing): paying a winner moves thousands of voters between purses each
 * round, which boxed maps make slow. A purse nobody holds any more leaves the table.
 */
final class HolderCounts {
    private int[] purses = new int[8];
    private int[] counts = new int[8];
    private int size;

    HolderCounts(int purse, int holders) {
        add(purse, holders);
    }

    /** Adds {@code delta} holders (negative: takes them away) to {@code purse}, never {@link Purses#SPENT}. */
    void add(int purse, int delta) {
        int slot = slot(purse);
        if (purses[slot] == Purses.SPENT) {
            if (2 * (size + 1) > purses.length) {
                grow();
                slot = slot(purse);
            }
            purses[slot] = purse;
            size++;
        }
        counts[slot] += delta;
        if (counts[slot] == 0) {
            remove(slot);
        }
    }

    /** Copies the purses held and their counts into the arrays given (room for {@link #size}); returns how many. */
    int copyInto(int[] toPurses, int[] toCounts) {
        int n = 0;
        for (int slot = 0; slot < purses.length; slot++) {
            if (purses[slot] != Purses.SPENT) {
                toPurses[n] = purses[slot];
                toCounts[n++] = counts[slot];
            }
        }
        return n;
    }

    /** How many purses are held. */
    int size() {
        return size;
    }

    private int home(int purse) {
        return (purse * 0x9E3779B9 >>> 7) & (purses.length - 1);
    }

    private int slot(int purse) {
        int mask = purses.length - 1;
        int slot = home(purse);
        while (purses[slot] != Purses.SPENT && purses[slot] != purse) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Empties {@code slot}, moving back any later entry of the same probe run that would no longer be found. */
    private void remove(int slot) {
        int mask = purses.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; purses[next] != Purses.SPENT; next = (next + 1) & mask) {
            int home = home(purses[next]);
            // the entry at next may fill the hole unless its home lies cyclically in (hole, next]
            boolean homeAfterHole = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!homeAfterHole) {
                purses[hole] = purses[next];
                counts[hole] = counts[next];
                hole = next;
            }
        }
        purses[hole] = Purses.SPENT;
        counts[hole] = 0;
        size--;
    }

    private void grow() {
        int[] oldPurses = purses;
        int[] oldCounts = counts;
        purses = new int[2 * oldPurses.length];
        counts = new int[2 * oldPurses.length];
        for (int i = 0; i < oldPurses.length; i++) {
            if (oldPurses[i] != Purses.SPENT) {
                int slot = slot(oldPurses[i]);
                purses[slot] = oldPurses[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
