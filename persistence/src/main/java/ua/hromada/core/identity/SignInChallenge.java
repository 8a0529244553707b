package ua.hromada.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail + phone sign-in attempt: two one-time codes sent at once (by e-mail and by SMS),
 * kept as keyed hashes. Both must be entered before it expires; too many wrong tries lock it, and
 * while one is locked no new codes go to that phone or address.
 */
@Entity
@Table(name = "sign_in_challenge")
@NamedQuery(name = SignInChallenge.SENT_TO_PHONE, query = "select count(c) from SignInChallenge c"
        + " where c.personKey = :key and c.createdAt > :since")
@NamedQuery(name = SignInChallenge.SENT_TO_EMAIL, query = "select count(c) from SignInChallenge c"
        + " where c.email = :email and c.createdAt > :since")
@NamedQuery(name = SignInChallenge.SENT_FROM_CLIENT, query = "select count(c) from SignInChallenge c"
        + " where c.clientKey = :client and c.createdAt > :since")
@NamedQuery(name = SignInChallenge.LOCKED_UNTIL, query = "select max(c.lockedUntil) from SignInChallenge c"
        + " where (c.personKey = :key or c.email = :email) and c.clientKey = :client and c.lockedUntil > :now")
@NamedQuery(name = SignInChallenge.FORGET_BEFORE, query = "delete from SignInChallenge c where c.createdAt < :before")
public class SignInChallenge {
    public static final String SENT_TO_PHONE = "SignInChallenge.sentToPhone";
    public static final String SENT_TO_EMAIL = "SignInChallenge.sentToEmail";
    public static final String SENT_FROM_CLIENT = "SignInChallenge.sentFromClient";
    public static final String LOCKED_UNTIL = "SignInChallenge.lockedUntil";
    public static final String FORGET_BEFORE = "SignInChallenge.forgetBefore";
    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    public static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    public static final int MAX_WRONG_ATTEMPTS = 5;

    /** What an entered pair of codes did. */
    public enum Outcome { ACCEPTED, WRONG, LOCKED, EXPIRED, USED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The person key the verified phone signs in to: HMAC of "phone:" + E.164. */
    @Column(name = "person_key", nullable = false, length = 64, updatable = false)
    private String personKey;

    @Column(nullable = false, length = Person.EMAIL_MAX, updatable = false)
    private String email;

    @Column(name = "full_name", nullable = false, length = Person.NAME_MAX, updatable = false)
    private String fullName;

    /** Keyed hash of the client's network address: enough to count, not to find the address. */
    @Column(name = "client_key", nullable = false, length = 64, updatable = false)
    private String clientKey;

    @Column(name = "email_code_hash", nullable = false, length = 64, updatable = false)
    private String emailCodeHash;

    @Column(name = "sms_code_hash", nullable = false, length = 64, updatable = false)
    private String smsCodeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "wrong_attempts", nullable = false)
    private int wrongAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SignInChallenge() {
    }

    public SignInChallenge(String personKey, String email, String fullName, String clientKey, String emailCodeHash,
            String smsCodeHash, Instant now) {
        this.personKey = personKey;
        this.email = email;
        this.fullName = fullName;
        this.clientKey = clientKey;
        this.emailCodeHash = emailCodeHash;
        this.smsCodeHash = smsCodeHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /**
     * Checks the hashes of the two entered codes. Each wrong pair counts; the last allowed wrong
     * pair locks the challenge. A challenge is accepted once.
     */
    public Outcome enter(String emailCodeHash, String smsCodeHash, Instant now) {
        if (usedAt != null) {
            return Outcome.USED;
        }
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Outcome.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        // both compared, in constant time, so timing tells nothing about which one was right
        boolean emailRight = sameHash(this.emailCodeHash, emailCodeHash);
        boolean smsRight = sameHash(this.smsCodeHash, smsCodeHash);
        if (emailRight && smsRight) {
            usedAt = now;
            return Outcome.ACCEPTED;
        }
        wrongAttempts++;
        if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
            lockedUntil = now.plus(LOCKED_FOR);
            return Outcome.LOCKED;
        }
        return Outcome.WRONG;
    }

    private static boolean sameHash(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    public int attemptsLeft() {
        return Math.max(0, MAX_WRONG_ATTEMPTS - wrongAttempts);
    }

    public Long id() {
        return id;
    }

    public String personKey() {
        return personKey;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
