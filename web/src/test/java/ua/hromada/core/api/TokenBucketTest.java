package ua.hromada.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rate limit of one token: a burst, then a steady rate, and how long to wait when empty. */
class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstPassesThenCallsWaitForTheRefill() {
        TokenBucket bucket = new TokenBucket(3, 1.0, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).as("seconds to wait").isEqualTo(1);
        assertThat(bucket.take(SECOND / 2)).isEqualTo(1);
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isEqualTo(1);
    }

    @Test
    void aSlowRateAsksForALongerWaitAndRefillStopsAtCapacity() {
        TokenBucket bucket = new TokenBucket(2, 0.25, 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.take(0)).isEqualTo(4);
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isEqualTo(4);
        assertThat(bucket.isFull(100 * SECOND)).isFalse();
    }

    @Test
    void aClockThatSeemsToGoBackRefillsNothing() {
        TokenBucket bucket = new TokenBucket(1, 1.0, 10 * SECOND);
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(5 * SECOND)).isEqualTo(1);
    }
}
