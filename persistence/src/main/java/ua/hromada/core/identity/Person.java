package ua.hromada.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Base64;
import java.util.regex.Pattern;

/** Someone who signed in at least once: one row per national identifier (through its key). */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_KEY, query = "select p from Person p where p.personKey = :key")
@NamedQuery(name = Person.NAMED, query = "select p from Person p where lower(p.fullName) like :like"
        + " and p.mergedInto is null and p.deletedAt is null order by p.fullName, p.id")
@NamedQuery(name = Person.MERGED_INTO, query = "select p from Person p where p.mergedInto = :person")
public class Person {
    public static final String BY_KEY = "Person.byKey";
    public static final String NAMED = "Person.named";
    public static final String MERGED_INTO = "Person.mergedInto";
    /** Shown instead of the name of a deleted person whom nothing public names. */
    public static final String NO_NAME = "—";
    /** A replaced key starts with this; HMAC keys are hex, so no sign-in can ever find it again. */
    public static final String ERASED_KEY_PREFIX = "erased:";
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    /** Loose on purpose: the mail server is the real judge; this catches typing slips. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** HMAC-SHA256 of the national identifier under the platform secret, hex. */
    @Column(name = "person_key", nullable = false, unique = true, length = 64)
    private String personKey;

    /** Full name as the identity provider states it; published with signatures. */
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Where notifications go; null until the provider or the person gives one. */
    @Column(length = EMAIL_MAX)
    private String email;

    /** False once the person switched off the notifications they may refuse. */
    @Column(name = "optional_notices", nullable = false)
    private boolean optionalNotices = true;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    /** The strong person this e-mail + phone person linked to; its phone signs in to that one. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "address_verified_at")
    private Instant addressVerifiedAt;

    /** As the identity provider last stated it; null when it never did. */
    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected Person() {
    }

    public Person(String personKey, String fullName, Instant now) {
        this.personKey = personKey;
        this.fullName = boundedName(fullName);
        this.createdAt = now;
        this.lastSignInAt = now;
    }

    /** A new sign-in: the provider's current name wins (people change names). */
    public void signedIn(String fullName, Instant now) {
        this.fullName = boundedName(fullName);
        this.lastSignInAt = now;
    }

    /** A sign-in through a phone linked to this person: the strong identity's name stays. */
    public void signedIn(Instant now) {
        this.lastSignInAt = now;
    }

    /**
     * A deleted account whose key was kept (see {@link #erase}) is signed in to again: it is open
     * again, with notices as a new account has them. Answers whether it had been deleted.
     */
    public boolean reopen() {
        if (deletedAt == null) {
            return false;
        }
        this.deletedAt = null;
        this.optionalNotices = true;
        return true;
    }

    /**
     * This e-mail + phone person became {@code into}: the row stays (its key leads the phone to
     * that person), its address goes (the caller gave it to {@code into} where it had none).
     */
    public void mergeInto(long into) {
        if (isClosed() || Long.valueOf(into).equals(id)) {
            throw new IllegalStateException("person " + id + " cannot merge into " + into);
        }
        this.mergedInto = into;
        this.email = null;
        this.optionalNotices = false;
    }

    /**
     * The person deleted their account; the address goes. {@code publicRecords}: signatures or
     * published records carry their name, which the law keeps public, so the name stays and so
     * does the key. One person, one signature: the same identity signing in again must find this
     * row (reopened, see {@link #reopen}) and be refused a second signature on what it signed. With
     * nothing public the name goes and the key becomes a random value that no HMAC can equal, so a
     * new sign-in with the same identifier is a new person.
     */
    public void erase(boolean publicRecords, Instant now) {
        if (!publicRecords) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            this.personKey = ERASED_KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            this.fullName = NO_NAME;
        }
        this.email = null;
        this.optionalNotices = false;
        this.birthDate = null;
        this.deletedAt = now;
    }

    /** A strong sign-in's statement of the date of birth: the latest one wins. */
    public void bornOn(LocalDate date) {
        this.birthDate = date;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** Whole years of age on {@code day}; empty when the date of birth is not known. */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate().map(born -> Period.between(born, day).getYears());
    }

    /** Merged or deleted: such a person no longer acts. */
    public boolean isClosed() {
        return mergedInto != null || deletedAt != null;
    }

    public Long mergedInto() {
        return mergedInto;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    /** Sets (or clears, with null) the notification address; the caller has validated it. */
    public void contactAt(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }

    public void wantsOptionalNotices(boolean wanted) {
        this.optionalNotices = wanted;
    }

    public boolean wantsOptionalNotices() {
        return optionalNotices;
    }

    private static String boundedName(String name) {
        String n = name == null || name.isBlank() ? NO_NAME : name.strip();
        return n.length() <= NAME_MAX ? n : n.substring(0, NAME_MAX);
    }

    public Long id() {
        return id;
    }

    public String personKey() {
        return personKey;
    }

    public String fullName() {
        return fullName;
    }

    /** The identity provider gave the person's address now: their residency follows it from here on. */
    public void addressVerified(Instant now) {
        addressVerifiedAt = now;
    }

    /** Whether the identity provider ever gave the person's address (then they declare nothing). */
    public boolean hasVerifiedAddress() {
        return addressVerifiedAt != null;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
