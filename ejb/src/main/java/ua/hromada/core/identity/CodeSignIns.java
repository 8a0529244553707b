package ua.hromada.core.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.notification.DirectMail;
import ua.hromada.core.notification.SmsGateway;

/**
 * E-mail + phone sign-in, the BASIC strength: one code goes by e-mail and another by SMS, and both
 * must come back. The phone is the identity ({@code person_key = HMAC("phone:" + E.164)}), the
 * e-mail becomes the person's notification address. Sends are rate limited per phone, per e-mail
 * and per client address; wrong codes lock the attempt (see {@link SignInChallenge}).
 */
@Stateless
public class CodeSignIns {
    /** Code pairs one phone or one e-mail address may be sent within {@link #RATE_WINDOW}. */
    public static final int SENDS_PER_CONTACT = 3;
    /** Higher than per contact: a school, a library or a mobile operator's NAT share one address. */
    public static final int SENDS_PER_CLIENT = 20;
    public static final Duration RATE_WINDOW = Duration.ofMinutes(10);
    /** Code confirmations one client address may try per minute, whichever attempts they are for. */
    public static final int CONFIRMS_PER_CLIENT_MINUTE = 60;
    private static final Duration KEPT_FOR = Duration.ofDays(1);
    static final int GATES_PER_CLEANING = 100;
    private static final Logger LOG = Logger.getLogger(CodeSignIns.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    PersonKeys keys;

    @Inject
    People people;

    @Inject
    DirectMail mail;

    @Inject
    SmsGateway sms;

    @Inject
    RateLimits rates;

    @Inject
    Clock clock;

    /** Anyone (the sign-in pages): whether e-mail + phone sign-in works here (an SMS gateway is configured). */
    public boolean available() {
        return sms.available();
    }

    /**
     * Anyone (the sign-in page): sends a fresh pair of codes and returns the id of the attempt,
     * which the caller keeps on the server side (the session) and never shows.
     */
    public long send(String fullName, String email, String phone, String clientAddress) {
        if (!sms.available()) {
            throw new ConflictException("signin.code.unavailable");
        }
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > Person.NAME_MAX) {
            throw new InvalidInputException("signin.code.name.invalid", Person.NAME_MAX);
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > Person.EMAIL_MAX || !Person.EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("signin.code.email.invalid", String.valueOf(email));
        }
        String e164 = PhoneNumber.e164(phone);
        String personKey = keys.keyOf(phoneIdentifier(e164));
        String clientKey = keys.keyOf("client:" + clientAddress);
        Instant now = clock.instant();
        em.createNamedQuery(SignInChallenge.FORGET_BEFORE).setParameter("before", now.minus(KEPT_FOR)).executeUpdate();
        forgetIdleGates(now);
        lockGates(now, List.of("phone:" + personKey, "email:" + keys.keyOf("email:" + address), "client:" + clientKey));
        refuseWhileLockedOrBusy(personKey, address, clientKey, now);

        String emailCode = newCode();
        String smsCode = newCode();
        SignInChallenge challenge = new SignInChallenge(personKey, address, name, clientKey,
                codeHash(address, emailCode), codeHash(personKey, smsCode), now);
        em.persist(challenge);
        em.flush();
        // Both leave now: the person is waiting on the page. A failure is shown to them and, by
        // design, does not roll back, so a broken address still counts against the limits.
        sms.send(e164, "Hromada: " + smsCode + " — код входу (SMS). Нікому не повідомляйте. / sign-in code.");
        mail.send(address, "Громада: код входу / sign-in code",
                "Код входу з листа: " + emailCode + "\nДіє 10 хвилин. Нікому його не повідомляйте."
                        + " Якщо ви не входили до Громади, просто проігноруйте цей лист.\n\n"
                        + "Sign-in code from this e-mail: " + emailCode + "\nValid for 10 minutes. Never share it."
                        + " If you did not try to sign in to Hromada, ignore this message.\n");
        return challenge.id();
    }

    /**
     * Anyone holding the attempt's id (the session that asked for the codes): both codes right
     * signs the person in (registered at the first time) with their name and e-mail.
     */
    public Person confirm(long challengeId, String emailCode, String smsCode, String clientAddress) {
        rates.admit("signin.code.confirm", keys.keyOf("client:" + clientAddress), CONFIRMS_PER_CLIENT_MINUTE);
        // locked: parallel guesses queue, and each one counts
        SignInChallenge challenge = em.find(SignInChallenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null) {
            throw new CodeRefusedException("signin.code.used");
        }
        Instant now = clock.instant();
        SignInChallenge.Outcome outcome = challenge.enter(codeHash(challenge.email(), digits(emailCode)),
                codeHash(challenge.personKey(), digits(smsCode)), now);
        switch (outcome) {
            case ACCEPTED -> {
                Person person = people.findOrRegisterByKey(challenge.personKey(), challenge.fullName());
                person.contactAt(challenge.email());
                return person;
            }
            case WRONG -> throw new CodeRefusedException("signin.code.wrong", challenge.attemptsLeft());
            case LOCKED -> throw new CodeRefusedException("signin.code.locked", minutesUntil(challenge.lockedUntil(), now));
            case EXPIRED -> throw new CodeRefusedException("signin.code.expired");
            default -> throw new CodeRefusedException("signin.code.used");
        }
    }

    /** The identifier an e-mail + phone person is keyed by, next to national identifiers. */
    static String phoneIdentifier(String e164) {
        return "phone:" + e164;
    }

    /**
     * Locks the gate rows of this phone, e-mail and client exclusively (an upsert: made on first use,
     * never a shared lock to upgrade), in one order so two requests never wait on each other
     * crosswise; held until the transaction ends.
     */
    private void lockGates(Instant now, List<String> gates) {
        for (String gate : gates.stream().sorted().toList()) {
            em.createNativeQuery("insert into sign_in_gate (gate, touched_at) values (?1, ?2) on duplicate key update touched_at = ?2")
                    .setParameter(1, gate).setParameter(2, now).executeUpdate();
        }
    }

    /**
     * Gates no send used for {@link #KEPT_FOR} count against no limit: a few go at each send, in a
     * transaction of their own taken before this send locks its gates (so the two never wait on
     * each other crosswise); a failure there costs nothing but the cleaning.
     */
    private void forgetIdleGates(Instant now) {
        try {
            context.getBusinessObject(CodeSignIns.class).forgetGatesIdleBefore(now.minus(KEPT_FOR));
        } catch (RuntimeException e) {
            LOG.fine(() -> "Idle sign-in gates were not cleaned this time: " + e.getClass().getName());
        }
    }

    /** Internal (through the business proxy): deletes up to {@value #GATES_PER_CLEANING} gates idle since before {@code before}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetGatesIdleBefore(Instant before) {
        return em.createNativeQuery("delete from sign_in_gate where touched_at < ?1 limit " + GATES_PER_CLEANING)
                .setParameter(1, before).executeUpdate();
    }

    /**
     * Refuses while this client locked the phone or the address by wrong guesses (a lock by another
     * client does not keep the owner out), or when too many codes went to them lately.
     */
    private void refuseWhileLockedOrBusy(String personKey, String email, String clientKey, Instant now) {
        Instant locked = em.createNamedQuery(SignInChallenge.LOCKED_UNTIL, Instant.class).setParameter("key", personKey)
                .setParameter("email", email).setParameter("client", clientKey).setParameter("now", now).getSingleResult();
        if (locked != null) {
            throw new CodeRefusedException("signin.code.locked", minutesUntil(locked, now));
        }
        Instant since = now.minus(RATE_WINDOW);
        boolean busy = count(SignInChallenge.SENT_TO_PHONE, "key", personKey, since) >= SENDS_PER_CONTACT
                || count(SignInChallenge.SENT_TO_EMAIL, "email", email, since) >= SENDS_PER_CONTACT
                || count(SignInChallenge.SENT_FROM_CLIENT, "client", clientKey, since) >= SENDS_PER_CLIENT;
        if (busy) {
            throw new CodeRefusedException("signin.code.too-many", RATE_WINDOW.toMinutes());
        }
    }

    private long count(String query, String parameter, String value, Instant since) {
        return em.createNamedQuery(query, Long.class).setParameter(parameter, value).setParameter("since", since)
                .getSingleResult();
    }

    private String codeHash(String boundTo, String code) {
        // keyed with the platform secret: a copy of the table alone does not give the codes away
        return keys.keyOf("code:" + boundTo + ":" + code);
    }

    private static String newCode() {
        return String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    }

    /** What the person typed, without the spaces a phone keyboard or a paste may add. */
    private static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "");
    }

    private static long minutesUntil(Instant until, Instant now) {
        return Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
    }
}
