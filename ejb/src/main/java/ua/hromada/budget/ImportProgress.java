package ua.hromada.budget;

/**
 * What a long import tells while it works, outside its transaction: the lines of the file read
 * and the ballots stored. The imports call it every chunk; {@link #NONE} when nobody watches.
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void read(long lines) {
        }

        @Override
        public void storing(long ballots) {
        }

        @Override
        public void stored(long ballots) {
        }

        @Override
        public void counting() {
        }
    };

    /** {@code lines} more lines of the file were read and checked. */
    void read(long lines);

    /** Reading is over: {@code ballots} ballots are to be stored. */
    void storing(long ballots);

    /** {@code ballots} more ballots were stored. */
    void stored(long ballots);

    /** The ballots are stored; the results are being counted. */
    void counting();
}
