package ua.hromada.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/** Someone who signed in at least once: one row per national identifier (through its key). */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_KEY, query = "select p from Person p where p.personKey = :key")
@NamedQuery(name = Person.NAMED, query = "select p from Person p where lower(p.fullName) like :like"
        + " order by p.fullName, p.id")
public class Person {
    public static final String BY_KEY = "Person.byKey";
    public static final String NAMED = "Person.named";
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    /** Loose on purpose: the mail server is the real judge; this catches typing slips. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** HMAC-SHA256 of the national identifier under the platform secret, hex. */
    @Column(name = "person_key", nullable = false, unique = true, length = 64, updatable = false)
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
        String n = name == null || name.isBlank() ? "—" : name.strip();
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

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
