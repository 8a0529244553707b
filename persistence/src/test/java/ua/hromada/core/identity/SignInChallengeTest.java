package ua.hromada.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.hromada.core.identity.SignInChallenge.Outcome;

class SignInChallengeTest {
    private static final Instant SENT = Instant.parse("2026-11-23T10:00:00Z");

    private static SignInChallenge challenge() {
        return new SignInChallenge("phone-key", "a@b.example", "Олена", "client", "mail-hash", "sms-hash", SENT);
    }

    @Test
    void bothCodesAreNeededAndWorkOnce() {
        SignInChallenge c = challenge();
        assertThat(c.enter("mail-hash", "wrong", SENT.plusSeconds(30))).isEqualTo(Outcome.WRONG);
        assertThat(c.enter("wrong", "sms-hash", SENT.plusSeconds(40))).isEqualTo(Outcome.WRONG);
        assertThat(c.attemptsLeft()).isEqualTo(3);
        assertThat(c.enter("mail-hash", "sms-hash", SENT.plusSeconds(50))).isEqualTo(Outcome.ACCEPTED);
        assertThat(c.enter("mail-hash", "sms-hash", SENT.plusSeconds(60))).isEqualTo(Outcome.USED);
    }

    @Test
    void codesExpireAfterTenMinutes() {
        SignInChallenge c = challenge();
        assertThat(c.enter("mail-hash", "sms-hash", SENT.plus(SignInChallenge.VALID_FOR))).isEqualTo(Outcome.EXPIRED);
        assertThat(challenge().enter("mail-hash", "sms-hash", SENT.plus(SignInChallenge.VALID_FOR).minusMillis(1)))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void theFifthWrongPairLocksForFifteenMinutesEvenAgainstTheRightCodes() {
        SignInChallenge c = challenge();
        for (int i = 1; i < SignInChallenge.MAX_WRONG_ATTEMPTS; i++) {
            assertThat(c.enter("x", "y", SENT.plusSeconds(i))).isEqualTo(Outcome.WRONG);
        }
        assertThat(c.enter("x", "y", SENT.plusSeconds(10))).isEqualTo(Outcome.LOCKED);
        assertThat(c.lockedUntil()).isEqualTo(SENT.plusSeconds(10).plus(SignInChallenge.LOCKED_FOR));
        assertThat(c.enter("mail-hash", "sms-hash", SENT.plusSeconds(20))).isEqualTo(Outcome.LOCKED);
        assertThat(c.enter(null, null, SENT.plusSeconds(30))).isEqualTo(Outcome.LOCKED);
    }
}
