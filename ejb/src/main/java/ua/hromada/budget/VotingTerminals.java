package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;

/**
 * Self-service voting terminals of the current community: a moderator registers the browser of a
 * kiosk at a support point (the secret goes to that browser's cookie once, only its SHA-256 is
 * kept) and revokes terminals; a ballot cast from a live terminal's browser counts under the
 * channel TERMINAL. Each step audited.
 */
@Stateless
public class VotingTerminals {
    static final String OBJECT = "budget-terminal";
    public static final int LABEL_MAX = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A terminal as the console lists it. */
    public record Terminal(long id, String label, Instant createdAt, String createdBy, Instant revokedAt) {
        public boolean isLive() {
            return revokedAt == null;
        }
    }

    /** A terminal just registered, with the secret its browser keeps (shown nowhere else). */
    public record Registered(long id, String secret) {
    }

    /** Moderators: registers a terminal under {@code label}; its secret is for the kiosk's browser only. */
    public Registered register(String label) {
        Community community = contests.community();
        permissions.require(BudgetAction.TERMINALS, community.id());
        String l = label == null ? "" : label.strip();
        if (l.length() < 3 || l.length() > LABEL_MAX) {
            throw new InvalidInputException("budget.terminal.label.length", 3, LABEL_MAX);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into budget_terminal (community_id, label, secret_hash, created_at, created_by) values (?1, ?2, ?3,"
                + " ?4, ?5)").setParameter(1, community.id()).setParameter(2, l).setParameter(3, VotingCodes.hash(secret))
                .setParameter(4, clock.instant()).setParameter(5, Acting.current().name()).executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        audit.record(community.id(), "budget.terminal.register", OBJECT, id, "\"" + l + "\"");
        return new Registered(id, secret);
    }

    /** Moderators: the terminal no longer counts as one (its browser votes online again, if anyone signs in there). */
    public void revoke(long id) {
        Community community = contests.community();
        permissions.require(BudgetAction.TERMINALS, community.id());
        int revoked = em.createNativeQuery("update budget_terminal set revoked_at = ?1 where id = ?2 and community_id = ?3 and revoked_at"
                + " is null").setParameter(1, clock.instant()).setParameter(2, id).setParameter(3, community.id()).executeUpdate();
        if (revoked == 0 && all().stream().noneMatch(t -> t.id() == id)) {
            throw new NotFoundException("budget.terminal.not-found", id);
        }
        if (revoked > 0) {
            audit.record(community.id(), "budget.terminal.revoke", OBJECT, id, "revoked");
        }
    }

    /** Moderators: the community's terminals, newest first. */
    public List<Terminal> all() {
        Community community = contests.community();
        permissions.require(BudgetAction.TERMINALS, community.id());
        List<?> rows = em.createNativeQuery("select id, label, created_at, created_by, revoked_at from budget_terminal where community_id = ?1"
                + " order by id desc").setParameter(1, community.id()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(row -> new Terminal(((Number) row[0]).longValue(), (String) row[1],
                ua.hromada.core.DirectSql.instant(row[2]), (String) row[3], row[4] == null ? null : ua.hromada.core.DirectSql.instant(row[4])))
                .toList();
    }

    /** Anyone: the live terminal of the current community whose browser keeps {@code secret}, if it is one. */
    public Optional<Long> recognised(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select id from budget_terminal where secret_hash = ?1 and community_id = ?2 and revoked_at is"
                + " null").setParameter(1, VotingCodes.hash(secret)).setParameter(2, contests.community().id()).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).findFirst();
    }
}
